package io.mlworkbench.engine.features.step;

import java.util.List;

/**
 * One kind of transform step: its name, its parameter declarations and how it learns state from training rows.
 * A step type is stateless; what it learns is a {@link FittedStep}.
 */
public interface StepType {

    /** @return the kind, the key in definitions and JSON, e.g. {@code impute} */
    String kind();

    /** @return a short title for menus, e.g. {@code Impute missing values} */
    String title();

    /** @return what the step does, including what happens to missing and unseen values at serving time */
    String description();

    /** @return the parameter declarations, in form order */
    List<ParameterSpec> parameters();

    /** @return the record class of the fitted state, for JSON */
    Class<? extends FittedStep> fittedType();

    /**
     * Learns the step's state from training rows.
     *
     * @param parameters the checked parameters
     * @param context the training rows in this step's input layout
     * @return the learned state
     */
    FitOutcome fit(StepParameters parameters, FitContext context);
}
