package io.mlworkbench.engine.data;

/** What a column is for in modelling. */
public enum ColumnRole {
    /** An input of the model. */
    FEATURE,
    /** What the model predicts. */
    TARGET,
    /** A row key: kept for joins and lookups, never a model input. */
    IDENTIFIER,
    /** Kept in the dataset but not used. */
    IGNORE
}
