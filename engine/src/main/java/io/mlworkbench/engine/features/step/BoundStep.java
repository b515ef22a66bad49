package io.mlworkbench.engine.features.step;

import io.mlworkbench.engine.data.DatasetSchema;

/**
 * A fitted step bound to its input layout: it knows where each of its columns sits and transforms one row at a
 * time. The batch path and the serving path both call {@link #apply}, so they cannot disagree. Must not throw
 * for any value: missing and unseen values have a defined result per step.
 */
public interface BoundStep {

    /** @return the layout this step writes */
    DatasetSchema output();

    /**
     * Transforms one row.
     *
     * @param in a row in the input layout (not modified)
     * @param out a row in the {@link #output()} layout, every slot of which is written
     */
    void apply(RowBuffer in, RowBuffer out);
}
