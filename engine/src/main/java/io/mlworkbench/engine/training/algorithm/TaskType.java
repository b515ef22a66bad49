package io.mlworkbench.engine.training.algorithm;

/** What kind of target a model predicts. */
public enum TaskType {
    /** A label from a fixed set (binary or multi-class). */
    CLASSIFICATION,
    /** A number. */
    REGRESSION
}
