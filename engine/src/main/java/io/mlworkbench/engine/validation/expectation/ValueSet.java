package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.validation.DateTimeText;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A value_set compared with a column the way a user means it: label columns compare text ({@code 18} matches the
 * label "18"), numeric columns compare numbers ({@code "18"} matches 18), BOOLEAN columns also read true/false and
 * yes/no, DATETIME columns read ISO-8601 dates. Entries that cannot be read for the column's type match nothing.
 */
final class ValueSet {

    private final List<Object> entries;

    ValueSet(List<Object> entries) {
        this.entries = List.copyOf(entries);
    }

    RowCheck rowCheck(Column column) {
        if (column instanceof StringColumn labels) {
            boolean[] expected = labelsInSet(labels);
            return r -> expected[labels.code(r)];
        }
        NumericColumn numbers = (NumericColumn) column;
        Set<Double> allowed = numbers(numbers.schema().type());
        return r -> allowed.contains(zeroed(numbers.get(r)));
    }

    /** @return per dictionary code, whether its label is in the set */
    boolean[] labelsInSet(StringColumn column) {
        Set<String> texts = new HashSet<>();
        for (Object entry : entries) {
            texts.add(text(entry));
        }
        boolean[] expected = new boolean[column.dictionary().size()];
        for (int code = 0; code < expected.length; code++) {
            expected[code] = texts.contains(column.dictionary().get(code));
        }
        return expected;
    }

    /** @return the entries read as numbers of the given column type */
    Set<Double> numbers(ColumnType type) {
        Set<Double> numbers = new HashSet<>();
        for (Object entry : entries) {
            number(entry, type).ifPresent(v -> numbers.add(zeroed(v)));
        }
        return numbers;
    }

    private static String text(Object entry) {
        if (entry instanceof Double d) {
            return Double.toString(d);
        }
        return String.valueOf(entry);
    }

    private static OptionalDouble number(Object entry, ColumnType type) {
        if (entry instanceof Number n) {
            return OptionalDouble.of(n.doubleValue());
        }
        if (entry instanceof Boolean b) {
            return OptionalDouble.of(b ? 1 : 0);
        }
        String s = ((String) entry).strip();
        if (type == ColumnType.DATETIME) {
            OptionalLong millis = DateTimeText.toEpochMillis(s);
            return millis.isPresent() ? OptionalDouble.of(millis.getAsLong()) : OptionalDouble.empty();
        }
        if (type == ColumnType.BOOLEAN) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> {
                    return OptionalDouble.of(1);
                }
                case "false", "no" -> {
                    return OptionalDouble.of(0);
                }
                default -> {
                }
            }
        }
        try {
            return OptionalDouble.of(Double.parseDouble(s));
        } catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }

    private static double zeroed(double v) {
        return v == 0.0 ? 0.0 : v;
    }
}
