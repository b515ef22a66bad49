package io.mlworkbench.engine.features.expression;

/** What an expression (or part of one) yields. */
public enum ValueKind {
    /** A number; missing is NaN. */
    NUMBER,
    /** A truth value held as 1 or 0; missing is NaN. */
    BOOLEAN,
    /** A label; missing is null. */
    TEXT
}
