package io.mlworkbench.engine.training.algorithm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A whole-number hyperparameter in {@code [min, max]}.
 *
 * @param name the name
 * @param min the smallest allowed value
 * @param max the largest allowed value
 * @param defaultValue the default, within the range
 * @param logScale true when the tuner should sample it on a log scale (e.g. number of trees)
 * @param description what it does
 */
public record IntegerParameter(String name, int min, int max, Integer defaultValue, boolean logScale,
                               String description) implements HyperParameter {

    /** Checks the range and the default. */
    public IntegerParameter {
        if (min > max || defaultValue < min || defaultValue > max || (logScale && min < 1)) {
            throw new IllegalArgumentException("Bad declaration of " + name);
        }
    }

    @Override
    public String rangeText() {
        return "integer in [" + min + ", " + max + "]";
    }

    @Override
    public Object validate(Object value) {
        long v;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            v = n.longValue();
        } else if (value instanceof String s) {
            return parse(s);
        } else {
            throw new InvalidParameterException("Parameter '" + name + "' must be an " + rangeText() + ", got '"
                    + value + "'");
        }
        if (v < min || v > max) {
            throw new InvalidParameterException("Parameter '" + name + "' is " + v + ", expected an " + rangeText());
        }
        return (int) v;
    }

    @Override
    public Object parse(String text) {
        try {
            return validate(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("Parameter '" + name + "' must be an " + rangeText() + ", got '"
                    + text + "'");
        }
    }

    @Override
    public Object fromUnit(double unit) {
        double u = Math.min(1, Math.max(0, unit));
        double v = logScale ? Math.exp(Math.log(min) + u * (Math.log(max + 0.999) - Math.log(min)))
                : min + u * (max - min + 0.999);
        return (int) Math.max(min, Math.min(max, Math.floor(v)));
    }

    @Override
    public double toUnit(Object value) {
        double v = ((Number) value).doubleValue() + 0.5;
        double u = logScale ? (Math.log(v) - Math.log(min)) / (Math.log(max + 0.999) - Math.log(min))
                : (v - min) / (max - min + 0.999);
        return Math.min(1, Math.max(0, u));
    }

    @Override
    public List<Object> grid(int points) {
        Set<Object> values = new LinkedHashSet<>();
        int n = Math.max(1, points);
        for (int i = 0; i < n; i++) {
            values.add(fromUnit(n == 1 ? 0.5 : (double) i / (n - 1)));
        }
        return new ArrayList<>(values);
    }
}
