package io.mlworkbench.engine.validation;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.mlworkbench.engine.WorkbenchException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rule of a suite: a Great Expectations expectation type and its keyword arguments, as GX writes them in a suite
 * ({@code {"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "age", "min_value": 18}}};
 * GX 1.x's {@code "type"} is read too).
 *
 * <p>Argument values are normalised so that equal rules are equal after a JSON round trip: whole numbers up to
 * 2^53 become {@link Long}, other numbers {@link Double}, collections unmodifiable lists, nulls are dropped (an
 * argument set to null is an absent argument). Whether the arguments fit the expectation is checked by
 * {@link ExpectationCatalog#check}, not here.
 *
 * @param expectationType the expectation's GX name, e.g. {@code expect_column_values_to_not_be_null}
 * @param kwargs the arguments by name, in the order given
 * @param notes why the rule exists (the suggester's reason, or the author's), may be empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Rule(@JsonAlias("type") String expectationType, Map<String, Object> kwargs, String notes) {

    private static final double EXACT_INTEGER_LIMIT = 9_007_199_254_740_992.0;

    /** Normalises the arguments and rejects a blank type. */
    public Rule {
        if (expectationType == null || expectationType.isBlank()) {
            throw new WorkbenchException("A rule needs an expectation type, e.g. expect_column_values_to_not_be_null");
        }
        expectationType = expectationType.strip();
        Map<String, Object> normalized = new LinkedHashMap<>();
        if (kwargs != null) {
            for (Map.Entry<String, Object> e : kwargs.entrySet()) {
                Object value = normalize(e.getValue(), expectationType, e.getKey());
                if (value != null) {
                    normalized.put(e.getKey(), value);
                }
            }
        }
        kwargs = Collections.unmodifiableMap(normalized);
        notes = notes == null ? "" : notes;
    }

    /**
     * @param expectationType the expectation's GX name
     * @param namesAndValues argument names and values, alternating
     * @return the rule, without notes
     */
    public static Rule of(String expectationType, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate; got " + namesAndValues.length);
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            kwargs.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Rule(expectationType, kwargs, "");
    }

    /**
     * @param name an argument name
     * @param value its new value; null removes the argument
     * @return a copy of this rule with that argument set
     */
    public Rule with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(kwargs);
        copy.put(name, value);
        return new Rule(expectationType, copy, notes);
    }

    /**
     * @param newNotes the notes
     * @return a copy of this rule with other notes
     */
    public Rule withNotes(String newNotes) {
        return new Rule(expectationType, kwargs, newNotes);
    }

    /**
     * @param name an argument name
     * @return its value, or null when absent
     */
    public Object argument(String name) {
        return kwargs.get(name);
    }

    /** @return the {@code column} argument, when it is text */
    public Optional<String> column() {
        return kwargs.get("column") instanceof String s ? Optional.of(s) : Optional.empty();
    }

    private static Object normalize(Object value, String type, String name) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return normalizeNumber(number, type, name);
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = new ArrayList<>(items.size());
            for (Object item : items) {
                Object v = normalize(item, type, name);
                if (v == null) {
                    throw new WorkbenchException("Rule " + type + ", parameter '" + name
                            + "': a list may not contain null; leave the value out instead");
                }
                list.add(v);
            }
            return Collections.unmodifiableList(list);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), normalize(v, type, name)));
            return Collections.unmodifiableMap(copy);
        }
        throw new WorkbenchException("Rule " + type + ", parameter '" + name + "': a " + value.getClass().getSimpleName()
                + " is not a JSON value; expected text, a number, true/false or a list");
    }

    private static Object normalizeNumber(Number number, String type, String name) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return number.longValue();
        }
        if (number instanceof BigInteger big && big.bitLength() < 63) {
            return big.longValue();
        }
        double d = number instanceof BigDecimal dec ? dec.doubleValue() : number.doubleValue();
        if (!Double.isFinite(d)) {
            throw new WorkbenchException("Rule " + type + ", parameter '" + name + "': " + number
                    + " is not a finite number");
        }
        if (d == Math.rint(d) && Math.abs(d) <= EXACT_INTEGER_LIMIT) {
            return (long) d;
        }
        return d;
    }
}
