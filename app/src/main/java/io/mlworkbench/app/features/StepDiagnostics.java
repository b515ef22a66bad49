package io.mlworkbench.app.features;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.step.FeatureStepException;
import io.mlworkbench.engine.features.step.StepType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the editor knows about each step's problems: the declaration checks of its fields, the columns before it
 * (from the last preview, while the steps before it are unchanged; the dataset's columns for the first step), and
 * the last preview's fitting failure when it is about this step as it now is.
 */
final class StepDiagnostics {

    /**
     * The problems of one step.
     *
     * @param fields the problem of each bad field, by parameter name
     * @param step the step's first problem, empty when none
     */
    record Problems(Map<String, String> fields, String step) {
    }

    private final StepChecks checks;
    private List<String> baseColumns;
    private String target;
    private PipelinePreview preview;
    private List<StepSpec> previewSteps = List.of();

    /** @param messages the editor's error texts */
    StepDiagnostics(Messages messages) {
        this.checks = new StepChecks(messages);
    }

    /**
     * @param columns the dataset's columns, or null while none is loaded
     * @param targetColumn the target column, or null
     */
    void setInput(List<String> columns, String targetColumn) {
        baseColumns = columns == null ? null : columns.stream().filter(c -> !c.equals(targetColumn)).toList();
        target = targetColumn;
    }

    /**
     * @param result a preview
     * @param steps the steps it was computed for
     */
    void setPreview(PipelinePreview result, List<StepSpec> steps) {
        preview = result;
        previewSteps = List.copyOf(steps);
    }

    /**
     * @param steps the current steps
     * @param index a step
     * @param type its type
     * @return its problems
     */
    Problems problems(List<StepSpec> steps, int index, StepType type) {
        StepSpec step = steps.get(index);
        Map<String, String> fields = new LinkedHashMap<>(checks.fieldErrors(type, step,
                knownColumnsBefore(steps, index), target));
        String first = fields.values().stream().findFirst().orElse("");
        Optional<FeatureStepException> failure = fitFailure(steps, index);
        if (first.isEmpty() && failure.isPresent()) {
            String message = failure.get().getMessage();
            first = message;
            StepChecks.fieldOf(type, step, failure.get()).ifPresent(field -> fields.put(field, message));
        }
        return new Problems(fields, first);
    }

    /**
     * @param steps the current steps
     * @param index a step
     * @return the columns a picker offers before it: the known ones, else the dataset's
     */
    List<String> columnsBefore(List<StepSpec> steps, int index) {
        List<String> known = knownColumnsBefore(steps, index);
        return known != null ? known : baseColumns == null ? List.of() : baseColumns;
    }

    private List<String> knownColumnsBefore(List<StepSpec> steps, int index) {
        if (preview != null && index < preview.stepInputs().size() && samePrefix(steps, index)) {
            return preview.stepInputs().get(index);
        }
        return index == 0 ? baseColumns : null;
    }

    private Optional<FeatureStepException> fitFailure(List<StepSpec> steps, int index) {
        if (preview == null || preview.failure().isEmpty() || preview.failure().get().stepIndex() != index
                || !samePrefix(steps, index + 1)) {
            return Optional.empty();
        }
        return preview.failure();
    }

    private boolean samePrefix(List<StepSpec> steps, int count) {
        if (count > steps.size() || count > previewSteps.size()) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!Objects.equals(steps.get(i), previewSteps.get(i))) {
                return false;
            }
        }
        return true;
    }
}
