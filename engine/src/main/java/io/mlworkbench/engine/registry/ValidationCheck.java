package io.mlworkbench.engine.registry;

/**
 * The promotion gate's question to the validation stage: did this dataset version pass its validation
 * suite? {@link StoredValidationCheck} answers from the {@code validation_result} table; the validation
 * service can plug in its own answer. Called inside the alias move's transaction.
 */
@FunctionalInterface
public interface ValidationCheck {

    /**
     * @param dataset the dataset version a candidate model was trained on
     * @return whether it passed, and why
     */
    ValidationVerdict verdict(DatasetVersionRef dataset);
}
