package io.mlworkbench.engine.features.step;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.mlworkbench.engine.data.DatasetSchema;

/**
 * The state a step learned from training rows, as plain data: implementations are records that Jackson writes as
 * JSON objects with a {@code "kind"} property (registered by {@link StepCatalog}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
public interface FittedStep {

    /**
     * Binds this state to a row layout.
     *
     * @param input the layout of the rows this step will see
     * @return the bound step
     * @throws io.mlworkbench.engine.WorkbenchException when a column the step needs is absent or of the wrong type
     */
    BoundStep bind(DatasetSchema input);
}
