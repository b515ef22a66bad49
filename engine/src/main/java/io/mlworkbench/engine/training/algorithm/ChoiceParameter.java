package io.mlworkbench.engine.training.algorithm;

import java.util.ArrayList;
import java.util.List;

/**
 * A hyperparameter that takes one of a few named values.
 *
 * @param name the name
 * @param choices the allowed values, in display order
 * @param defaultValue the default, one of the choices
 * @param description what it does
 */
public record ChoiceParameter(String name, List<String> choices, String defaultValue, String description)
        implements HyperParameter {

    /** Copies the choices and checks the default. */
    public ChoiceParameter {
        choices = List.copyOf(choices);
        if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException("Bad declaration of " + name);
        }
    }

    @Override
    public String rangeText() {
        return "one of " + choices;
    }

    @Override
    public Object validate(Object value) {
        return parse(String.valueOf(value));
    }

    @Override
    public Object parse(String text) {
        String t = text.strip();
        if (!choices.contains(t)) {
            throw new InvalidParameterException("Parameter '" + name + "' is '" + text + "', expected " + rangeText());
        }
        return t;
    }

    @Override
    public Object fromUnit(double unit) {
        int i = (int) Math.floor(Math.min(1, Math.max(0, unit)) * choices.size());
        return choices.get(Math.min(choices.size() - 1, i));
    }

    @Override
    public double toUnit(Object value) {
        return (choices.indexOf(value) + 0.5) / choices.size();
    }

    @Override
    public List<Object> grid(int points) {
        return new ArrayList<>(choices);
    }
}
