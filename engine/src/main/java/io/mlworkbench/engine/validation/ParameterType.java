package io.mlworkbench.engine.validation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The kinds of value a rule parameter takes; a GUI picks its input control by this. */
public enum ParameterType {
    /** The name of one column. */
    COLUMN("a column name"),
    /** A list of column names. */
    COLUMN_LIST("a list of column names"),
    /** Any number. */
    NUMBER("a number"),
    /** A number, or an ISO-8601 date or date-time (for date/time columns). */
    BOUND("a number, or an ISO-8601 date/time such as 2024-01-31 for date/time columns"),
    /** A whole number. */
    WHOLE_NUMBER("a whole number"),
    /** A fraction from 0 to 1. */
    FRACTION("a number from 0 to 1"),
    /** true or false. */
    BOOLEAN("true or false"),
    /** A Java regular expression (matched anywhere in the value, as Python's re.search). */
    REGEX("a regular expression"),
    /** A list of values: text, numbers or true/false. */
    VALUE_LIST("a list of values"),
    /** A column type name (INTEGER, DECIMAL, BOOLEAN, CATEGORICAL, DATETIME, TEXT or a pandas alias). */
    TYPE_NAME("a type name: " + String.join(", ", TypeNames.names()));

    private final String expected;

    ParameterType(String expected) {
        this.expected = expected;
    }

    /** @return what a value of this type looks like, for messages and tooltips */
    public String expected() {
        return expected;
    }

    /**
     * @param value a normalised argument value (see {@link Rule})
     * @return what is wrong with it, or empty when it fits
     */
    public Optional<String> problemWith(Object value) {
        boolean fits = switch (this) {
            case COLUMN -> value instanceof String s && !s.isBlank();
            case COLUMN_LIST -> value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String);
            case NUMBER -> value instanceof Number;
            case BOUND -> value instanceof Number || value instanceof String;
            case WHOLE_NUMBER -> value instanceof Long;
            case FRACTION -> value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1;
            case BOOLEAN -> value instanceof Boolean;
            case REGEX -> value instanceof String;
            case VALUE_LIST -> value instanceof List<?> list
                    && list.stream().allMatch(v -> v instanceof String || v instanceof Number || v instanceof Boolean);
            case TYPE_NAME -> value instanceof String s && TypeNames.parse(s).isPresent();
        };
        if (!fits) {
            return Optional.of("expected " + expected + ", got " + describe(value));
        }
        if (this == REGEX) {
            try {
                Pattern.compile((String) value);
            } catch (PatternSyntaxException e) {
                return Optional.of("'" + value + "' is not a valid regular expression: " + e.getDescription()
                        + " near index " + e.getIndex());
            }
        }
        return Optional.empty();
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof List<?> list) {
            return "a list " + list;
        }
        return String.valueOf(value);
    }
}
