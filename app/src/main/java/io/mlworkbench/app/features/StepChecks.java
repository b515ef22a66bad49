package io.mlworkbench.app.features;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.expression.ExpressionException;
import io.mlworkbench.engine.features.step.FeatureStepException;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.ParameterType;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one step field by field against its type's declarations (the engine's {@link StepParameters#check}
 * on each parameter), plus what only the editor knows: which columns exist before the step and which is the
 * target. Also finds the field a fitting error is about, so the form can show it there.
 */
final class StepChecks {

    private static final Pattern PARAMETER = Pattern.compile("parameter '([^']+)'");
    private static final Pattern COLUMN = Pattern.compile("column '([^']+)'");

    private final Messages messages;

    /** @param messages the editor's own error texts */
    StepChecks(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param type the step's type
     * @param step the step
     * @param inputColumns the columns before the step, or null while they are not known
     * @param target the pipeline's target column, or null
     * @return the first problem of each bad field, by parameter name, in form order
     */
    Map<String, String> fieldErrors(StepType type, StepSpec step, List<String> inputColumns, String target) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ParameterSpec parameter : type.parameters()) {
            Object raw = step.params().get(parameter.name());
            try {
                StepParameters.check(List.of(parameter), raw == null ? Map.of() : Map.of(parameter.name(), raw));
            } catch (WorkbenchException e) {
                errors.put(parameter.name(), e.getMessage());
                continue;
            }
            if (raw != null && (parameter.type() == ParameterType.COLUMN || parameter.type() == ParameterType.COLUMNS)) {
                columnProblem(raw, inputColumns, target).ifPresent(p -> errors.put(parameter.name(), p));
            }
        }
        return errors;
    }

    private Optional<String> columnProblem(Object raw, List<String> inputColumns, String target) {
        Collection<?> names = raw instanceof Collection<?> list ? list : List.of(raw);
        for (Object name : names) {
            String column = name.toString().strip();
            if (column.equals(target)) {
                return Optional.of(messages.text("features.error.target", column));
            }
            if (inputColumns != null && !inputColumns.contains(column)) {
                return Optional.of(messages.text("features.error.noColumn", column));
            }
        }
        return Optional.empty();
    }

    /**
     * @param parameter a parameter's declaration
     * @param raw a value a form gave it (text, list, boolean)
     * @return the value as the engine holds it (numbers as numbers) when valid, else the raw value unchanged
     */
    static Object typed(ParameterSpec parameter, Object raw) {
        try {
            return StepParameters.check(List.of(parameter), Map.of(parameter.name(), raw)).asMap()
                    .getOrDefault(parameter.name(), raw);
        } catch (WorkbenchException e) {
            return raw;
        }
    }

    /**
     * @param type the failing step's type
     * @param step the failing step
     * @param failure what fitting said
     * @return the parameter the failure is about, when it can tell
     */
    static Optional<String> fieldOf(StepType type, StepSpec step, FeatureStepException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExpressionException) {
                return type.parameters().stream().filter(p -> p.type() == ParameterType.EXPRESSION)
                        .map(ParameterSpec::name).findFirst();
            }
        }
        String message = failure.getMessage();
        Matcher parameter = PARAMETER.matcher(message);
        if (parameter.find() && type.parameters().stream().anyMatch(p -> p.name().equals(parameter.group(1)))) {
            return Optional.of(parameter.group(1));
        }
        Matcher column = COLUMN.matcher(message);
        while (column.find()) {
            String name = column.group(1);
            for (ParameterSpec p : type.parameters()) {
                Object value = step.params().get(p.name());
                boolean names = value instanceof Collection<?> list ? list.stream().anyMatch(v -> name.equals(
                        String.valueOf(v).strip())) : value != null && name.equals(value.toString().strip());
                if (names && (p.type() == ParameterType.COLUMN || p.type() == ParameterType.COLUMNS)) {
                    return Optional.of(p.name());
                }
            }
        }
        return Optional.empty();
    }
}
