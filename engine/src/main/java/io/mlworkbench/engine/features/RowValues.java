package io.mlworkbench.engine.features;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.DateTimeText;
import io.mlworkbench.engine.features.step.RowBuffer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Moves a serving row (a map of field name to JSON-like value) into a {@link RowBuffer} and back.
 *
 * <p>Input: an absent field or null is missing; numbers, booleans and text are accepted where they make sense
 * (numeric text for numbers, {@code true/false/yes/no/1/0} for BOOLEAN, ISO-8601 text or epoch milliseconds for
 * DATETIME, any value's text for labels). Text that is not a number where one is needed is refused, naming the
 * field. Fields the pipeline does not read are ignored. The model scorer reads serving rows the same way. Output: numbers as {@link Double}, labels as
 * {@link String}, missing as null.
 */
public final class RowValues {

    private RowValues() {
    }

    static void fill(DatasetSchema layout, Map<String, ?> values, RowBuffer into) {
        for (int slot = 0; slot < layout.size(); slot++) {
            ColumnSchema c = layout.column(slot);
            Object v = values.get(c.name());
            if (c.type().isNumericStorage()) {
                into.setNumber(slot, number(c, v));
            } else {
                into.setLabel(slot, label(v));
            }
        }
    }

    static Map<String, Object> toMap(DatasetSchema layout, RowBuffer row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int slot = 0; slot < layout.size(); slot++) {
            ColumnSchema c = layout.column(slot);
            if (c.type().isNumericStorage()) {
                double v = row.number(slot);
                out.put(c.name(), Double.isNaN(v) ? null : v);
            } else {
                out.put(c.name(), row.label(slot));
            }
        }
        return out;
    }

    /**
     * @param v a JSON-like value: null, a number, a boolean or text
     * @return its text as a label (whole numbers without a fraction), or null when missing
     */
    public static String label(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isNaN(d) ? null : RowBuffer.canonicalLabel(d);
        }
        return v.toString();
    }

    /**
     * @param c the column the value is for (its type decides how text is read)
     * @param v a JSON-like value: null, a number, a boolean or text
     * @return the number, or NaN when missing
     * @throws WorkbenchException naming the field when the value is text of the wrong kind
     */
    public static double number(ColumnSchema c, Object v) {
        if (v == null) {
            return Double.NaN;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        String s = v.toString().strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        if (c.type() == ColumnType.BOOLEAN) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1":
                    return 1;
                case "false", "no", "0":
                    return 0;
                default:
                    throw refuse(c, v, "true or false");
            }
        }
        if (c.type() == ColumnType.DATETIME) {
            long millis = DateTimeText.parseMillis(s);
            if (millis != Long.MIN_VALUE) {
                return millis;
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw refuse(c, v, c.type() == ColumnType.DATETIME ? "an ISO-8601 date/time or epoch milliseconds"
                    : "a number");
        }
    }

    private static WorkbenchException refuse(ColumnSchema c, Object v, String expected) {
        return new WorkbenchException("Field '" + c.name() + "' (" + c.type() + ") expects " + expected + ", got '"
                + v + "'");
    }
}
