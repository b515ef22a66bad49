package io.mlworkbench.engine.features;

import java.util.List;

/**
 * What a user defines in the Features step: an ordered list of steps plus the target column, and, for feature
 * sets joined by time, the entity key and event-time columns. Plain data, stored as JSON.
 *
 * @param target the target column, passed through unchanged (null when the pipeline has none)
 * @param steps the steps, applied in order
 * @param entityKey the column identifying the entity a feature row describes (null when not used)
 * @param eventTime the DATETIME column saying when a feature row became known (null when not used)
 */
public record PipelineDefinition(String target, List<StepSpec> steps, String entityKey, String eventTime) {

    /** Copies the steps. */
    public PipelineDefinition {
        steps = List.copyOf(steps);
    }

    /**
     * @param target the target column
     * @param steps the steps
     * @return a definition without entity key and event time
     */
    public static PipelineDefinition of(String target, List<StepSpec> steps) {
        return new PipelineDefinition(target, steps, null, null);
    }

    /**
     * @param count how many leading steps to keep (for a preview up to a step)
     * @return this definition with only its first {@code count} steps
     */
    public PipelineDefinition firstSteps(int count) {
        return new PipelineDefinition(target, steps.subList(0, Math.min(count, steps.size())), entityKey, eventTime);
    }

    /**
     * @param key the entity key column
     * @param time the event-time column
     * @return this definition with an entity key and event time
     */
    public PipelineDefinition withEntity(String key, String time) {
        return new PipelineDefinition(target, steps, key, time);
    }
}
