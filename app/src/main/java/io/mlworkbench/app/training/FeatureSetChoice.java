package io.mlworkbench.app.training;

import java.util.Optional;

/**
 * What the Train step trains on besides the table itself: its raw columns, or a fitted feature set version applied
 * to it.
 *
 * @param pipelineVersionId the fitted feature set version, empty for the raw columns
 * @param name short name for experiment names, e.g. {@code basics v2}; empty for the raw columns
 * @param label what the combo shows, e.g. {@code basics v2 (fitted on churn@v1)}
 * @param tooltip what the combo's tooltip says about it, e.g. which dataset version it was fitted on
 */
public record FeatureSetChoice(Optional<Long> pipelineVersionId, String name, String label, String tooltip) {

    /**
     * @param label e.g. {@code Raw columns (no feature set)}
     * @param tooltip what training on the raw columns means
     * @return the choice of no feature set
     */
    public static FeatureSetChoice raw(String label, String tooltip) {
        return new FeatureSetChoice(Optional.empty(), "", label, tooltip);
    }

    /** @return true for the raw columns */
    public boolean isRaw() {
        return pipelineVersionId.isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }
}
