package io.mlworkbench.engine.features.step;

/** The kind of value a step parameter holds; the GUI picks its editor from it. */
public enum ParameterType {
    /** One column name of the step's input. */
    COLUMN,
    /** One or more column names of the step's input. */
    COLUMNS,
    /** Free text. */
    TEXT,
    /** One of {@link ParameterSpec#choices()}. */
    CHOICE,
    /** Several of {@link ParameterSpec#choices()}. */
    CHOICES,
    /** A whole number within {@link ParameterSpec#min()} and {@link ParameterSpec#max()}. */
    INTEGER,
    /** A number within {@link ParameterSpec#min()} and {@link ParameterSpec#max()}. */
    DECIMAL,
    /** true or false. */
    BOOLEAN,
    /** A list of numbers. */
    DECIMALS,
    /** A list of texts. */
    TEXTS,
    /** An expression in the derived-column language. */
    EXPRESSION
}
