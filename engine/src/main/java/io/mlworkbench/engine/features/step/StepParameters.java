package io.mlworkbench.engine.features.step;

import io.mlworkbench.engine.WorkbenchException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step's parameter values checked against its declarations: unknown names, wrong types, values out of range
 * and missing required values are refused with a message naming the parameter; defaults are filled in.
 *
 * <p>Accepts values as JSON gives them (numbers, booleans, strings, lists) and as a form gives them (text:
 * {@code "5"}, {@code "true"}, {@code "a, b"}).
 */
public final class StepParameters {

    private final Map<String, Object> values;

    private StepParameters(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Checks raw values against declarations.
     *
     * @param specs the step type's declarations
     * @param raw the given values by name; may be empty
     * @return the checked values, defaults filled in
     * @throws WorkbenchException naming the first bad parameter
     */
    public static StepParameters check(List<ParameterSpec> specs, Map<String, ?> raw) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        specs.forEach(s -> byName.put(s.name(), s));
        for (String given : raw.keySet()) {
            if (!byName.containsKey(given)) {
                throw new WorkbenchException("unknown parameter '" + given + "'; the parameters are "
                        + byName.keySet());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            Object value = raw.get(spec.name());
            if (value == null || value instanceof String s && s.isBlank() && spec.type() != ParameterType.TEXT) {
                if (spec.required()) {
                    throw new WorkbenchException("parameter '" + spec.name() + "' is required: " + spec.description());
                }
                spec.defaultValue().ifPresent(d -> values.put(spec.name(), d));
            } else {
                values.put(spec.name(), convert(spec, value));
            }
        }
        return new StepParameters(values);
    }

    private static Object convert(ParameterSpec spec, Object value) {
        return switch (spec.type()) {
            case COLUMN, TEXT, EXPRESSION -> value.toString();
            case CHOICE -> requireChoice(spec, value.toString().strip());
            case COLUMNS, TEXTS -> nonEmpty(spec, asList(value).stream().map(Object::toString).map(String::strip)
                    .toList());
            case CHOICES -> nonEmpty(spec, asList(value).stream().map(v -> requireChoice(spec, v.toString().strip()))
                    .toList());
            case INTEGER -> (int) range(spec, number(spec, value, true));
            case DECIMAL -> range(spec, number(spec, value, false));
            case DECIMALS -> asList(value).stream().map(v -> number(spec, v, false)).toList();
            case BOOLEAN -> bool(spec, value);
        };
    }

    private static List<?> asList(Object value) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        List<String> parts = new ArrayList<>();
        for (String part : value.toString().split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static <T> List<T> nonEmpty(ParameterSpec spec, List<T> list) {
        if (list.isEmpty() && spec.required()) {
            throw new WorkbenchException("parameter '" + spec.name() + "' needs at least one value: "
                    + spec.description());
        }
        return list;
    }

    private static String requireChoice(ParameterSpec spec, String value) {
        if (!spec.choices().contains(value)) {
            throw new WorkbenchException("parameter '" + spec.name() + "' must be one of " + spec.choices()
                    + ", got '" + value + "'");
        }
        return value;
    }

    private static double number(ParameterSpec spec, Object value, boolean whole) {
        double d;
        if (value instanceof Number n) {
            d = n.doubleValue();
        } else {
            try {
                d = Double.parseDouble(value.toString().strip());
            } catch (NumberFormatException e) {
                throw new WorkbenchException("parameter '" + spec.name() + "' expects a number, got '" + value + "'",
                        e);
            }
        }
        if (Double.isNaN(d) || Double.isInfinite(d) || whole && d != Math.rint(d)) {
            throw new WorkbenchException("parameter '" + spec.name() + "' expects a finite " + (whole ? "whole " : "")
                    + "number, got '" + value + "'");
        }
        return d;
    }

    private static double range(ParameterSpec spec, double d) {
        if (d < spec.min() || d > spec.max()) {
            throw new WorkbenchException("parameter '" + spec.name() + "' must be between " + bound(spec.min())
                    + " and " + bound(spec.max()) + ", got " + bound(d));
        }
        return d;
    }

    private static String bound(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static boolean bool(ParameterSpec spec, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String s = value.toString().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new WorkbenchException("parameter '" + spec.name() + "' expects true or false, got '"
                    + value + "'");
        };
    }

    /**
     * @param name a TEXT, COLUMN, CHOICE or EXPRESSION parameter
     * @return its value, if given or defaulted
     */
    public Optional<String> optionalText(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    /**
     * @param name a TEXT, COLUMN, CHOICE or EXPRESSION parameter that has a value
     * @return its value
     */
    public String text(String name) {
        return optionalText(name).orElseThrow(() -> new WorkbenchException("parameter '" + name + "' has no value"));
    }

    /**
     * @param name a COLUMNS, CHOICES or TEXTS parameter
     * @return its values, empty when not given
     */
    public List<String> texts(String name) {
        return list(name).stream().map(String.class::cast).toList();
    }

    /**
     * @param name a DECIMALS parameter
     * @return its values, empty when not given
     */
    public List<Double> decimals(String name) {
        return list(name).stream().map(Double.class::cast).toList();
    }

    private List<?> list(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<?>) v;
    }

    /**
     * @param name an INTEGER parameter with a default
     * @return its value
     */
    public int integer(String name) {
        return ((Number) values.get(name)).intValue();
    }

    /**
     * @param name a DECIMAL parameter with a default
     * @return its value
     */
    public double decimal(String name) {
        return ((Number) values.get(name)).doubleValue();
    }

    /**
     * @param name a BOOLEAN parameter with a default
     * @return its value
     */
    public boolean bool(String name) {
        return (Boolean) values.get(name);
    }

    /** @return the checked values by name, as they would be stored in a definition */
    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }
}
