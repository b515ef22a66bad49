package io.mlworkbench.engine.training.algorithm;

import java.util.ArrayList;
import java.util.List;

/**
 * A real-valued hyperparameter in {@code [min, max]}.
 *
 * @param name the name
 * @param min the smallest allowed value
 * @param max the largest allowed value
 * @param defaultValue the default, within the range
 * @param logScale true when the tuner should sample it on a log scale (e.g. learning rate); needs min &gt; 0
 * @param description what it does
 */
public record DecimalParameter(String name, double min, double max, Double defaultValue, boolean logScale,
                               String description) implements HyperParameter {

    /** Checks the range and the default. */
    public DecimalParameter {
        if (!(min <= max) || defaultValue < min || defaultValue > max || (logScale && min <= 0)) {
            throw new IllegalArgumentException("Bad declaration of " + name);
        }
    }

    @Override
    public String rangeText() {
        return "number in [" + min + ", " + max + "]";
    }

    @Override
    public Object validate(Object value) {
        if (value instanceof String s) {
            return parse(s);
        }
        if (!(value instanceof Number n) || Double.isNaN(n.doubleValue())) {
            throw new InvalidParameterException("Parameter '" + name + "' must be a " + rangeText() + ", got '"
                    + value + "'");
        }
        double v = n.doubleValue();
        if (v < min || v > max) {
            throw new InvalidParameterException("Parameter '" + name + "' is " + v + ", expected a " + rangeText());
        }
        return v;
    }

    @Override
    public Object parse(String text) {
        try {
            return validate(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("Parameter '" + name + "' must be a " + rangeText() + ", got '"
                    + text + "'");
        }
    }

    @Override
    public Object fromUnit(double unit) {
        double u = Math.min(1, Math.max(0, unit));
        double v = logScale ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
        return Math.max(min, Math.min(max, v));
    }

    @Override
    public double toUnit(Object value) {
        double v = ((Number) value).doubleValue();
        if (max == min) {
            return 0.5;
        }
        double u = logScale ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (v - min) / (max - min);
        return Math.min(1, Math.max(0, u));
    }

    @Override
    public List<Object> grid(int points) {
        int n = Math.max(1, points);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(fromUnit(n == 1 ? 0.5 : (double) i / (n - 1)));
        }
        return values;
    }
}
