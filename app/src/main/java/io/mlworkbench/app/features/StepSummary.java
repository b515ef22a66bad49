package io.mlworkbench.app.features;

import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.ParameterType;
import io.mlworkbench.engine.features.step.StepType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A step's settings in one short line, read from its declarations: the values it gives, in declaration order
 * ("total_charges, tenure · median · add indicator"). The same for every step type, so no step needs its own
 * summary code.
 */
final class StepSummary {

    /** The longest summary; longer ones end with an ellipsis. */
    static final int MAX_LENGTH = 70;
    private static final int MAX_LISTED = 3;

    private StepSummary() {
    }

    /**
     * @param type the step's type
     * @param step the step
     * @return its summary, empty when it gives no values
     */
    static String of(StepType type, StepSpec step) {
        List<String> parts = new ArrayList<>();
        for (ParameterSpec parameter : type.parameters()) {
            Object value = step.params().get(parameter.name());
            if (value == null) {
                continue;
            }
            if (parameter.type() == ParameterType.BOOLEAN) {
                if (Boolean.TRUE.equals(value) || "true".equals(value)) {
                    parts.add(parameter.name().replace('_', ' '));
                }
            } else if (value instanceof Collection<?> list) {
                parts.add(abbreviate(list));
            } else {
                parts.add(ParameterField.format(value));
            }
        }
        String summary = String.join(" \u00b7 ", parts);
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "\u2026";
    }

    private static String abbreviate(Collection<?> values) {
        List<String> shown = values.stream().limit(MAX_LISTED).map(ParameterField::format).toList();
        String text = String.join(", ", shown);
        return values.size() > MAX_LISTED ? text + " +" + (values.size() - MAX_LISTED) : text;
    }
}
