package io.mlworkbench.app.validation;

import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rule arguments as the text a user types into a form field, and back. Lists are written as comma-separated
 * items; an item holding a comma, a quote or surrounding spaces is written in double quotes ({@code ""} for a
 * quote inside). Blank text means the argument is absent.
 */
public final class ParameterText {

    private ParameterText() {
    }

    /**
     * @param value a normalised argument value ({@link Rule}): text, Long, Double, Boolean or a list of these
     * @return the text a form field shows for it; empty for null
     */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>(list.size());
            for (Object item : list) {
                items.add(quoteIfNeeded(format(item)));
            }
            return String.join(", ", items);
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /**
     * @param rule a rule
     * @return its arguments other than the column, e.g. {@code min_value=0, max_value=120}
     */
    public static String summary(Rule rule) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> argument : rule.kwargs().entrySet()) {
            if (!argument.getKey().equals("column")) {
                parts.add(argument.getKey() + "=" + abbreviate(format(argument.getValue())));
            }
        }
        return String.join(", ", parts);
    }

    /**
     * Reads a field's text as a value of the parameter's type.
     *
     * @param text what the user typed
     * @param type the parameter's type
     * @param numericColumn true when the rule's column holds numbers: list items that read as numbers become
     *     numbers then, else they stay text
     * @return the value, or null for blank text (the argument is absent)
     * @throws IllegalArgumentException with a message naming the expected form and what was typed
     */
    public static Object parse(String text, ParameterType type, boolean numericColumn) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        return switch (type) {
            case COLUMN, TYPE_NAME -> value;
            case REGEX -> text;
            case NUMBER, FRACTION -> number(value).orElseThrow(() -> expected(type, value));
            case WHOLE_NUMBER -> wholeNumber(value, type);
            case BOUND -> number(value).<Object>map(n -> n).orElse(value);
            case BOOLEAN -> bool(value, type);
            case COLUMN_LIST -> splitList(value);
            case VALUE_LIST -> splitList(value).stream().map(item -> numericColumn ? number(item).<Object>map(n -> n)
                    .orElse(item) : (Object) item).toList();
        };
    }

    private static Object wholeNumber(String value, ParameterType type) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw expected(type, value);
        }
    }

    private static Object bool(String value, ParameterType type) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw expected(type, value);
        };
    }

    private static Optional<Number> number(String value) {
        try {
            BigDecimal decimal = new BigDecimal(value);
            try {
                return Optional.of(decimal.longValueExact());
            } catch (ArithmeticException e) {
                return Optional.of(decimal.doubleValue());
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static IllegalArgumentException expected(ParameterType type, String value) {
        return new IllegalArgumentException("expected " + type.expected() + ", got \"" + value + "\"");
    }

    /**
     * @param text comma-separated items, some in double quotes
     * @return the items, stripped of surrounding spaces unless quoted
     */
    static List<String> splitList(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    item.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    item.append(c);
                }
            } else if (c == '"' && item.toString().isBlank()) {
                item.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                items.add(wasQuoted ? item.toString() : item.toString().strip());
                item.setLength(0);
                wasQuoted = false;
            } else if (!wasQuoted) {
                item.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted item is not closed: add the missing '\"'");
        }
        String last = wasQuoted ? item.toString() : item.toString().strip();
        if (wasQuoted || !last.isEmpty() || !items.isEmpty()) {
            items.add(last);
        }
        return List.copyOf(items);
    }

    private static String quoteIfNeeded(String item) {
        boolean plain = !item.isEmpty() && item.equals(item.strip()) && item.indexOf(',') < 0 && item.indexOf('"') < 0;
        return plain ? item : "\"" + item.replace("\"", "\"\"") + "\"";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
