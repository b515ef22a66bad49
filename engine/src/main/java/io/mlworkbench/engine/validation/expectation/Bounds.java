package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.validation.DateTimeText;
import io.mlworkbench.engine.validation.RuleArguments;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A min_value / max_value range with GX semantics: an absent bound is open, strict flags exclude the bound itself.
 *
 * @param min the lower bound, empty when open
 * @param max the upper bound, empty when open
 * @param strictMin whether min itself is excluded
 * @param strictMax whether max itself is excluded
 */
record Bounds(OptionalDouble min, OptionalDouble max, boolean strictMin, boolean strictMax) {

    /** Reads the bounds of a rule for a column of the given type (date/time text only for DATETIME). */
    static Bounds read(RuleArguments arguments, ColumnType columnType) {
        return new Bounds(arguments.bound(Parameters.MIN_VALUE, columnType),
                arguments.bound(Parameters.MAX_VALUE, columnType), arguments.flag(Parameters.STRICT_MIN),
                arguments.flag(Parameters.STRICT_MAX));
    }

    /** Requires at least one bound, both of one kind (numbers or dates), and min not above max. */
    static void checkOrder(RuleArguments arguments) {
        Object min = arguments.value(Parameters.MIN_VALUE);
        Object max = arguments.value(Parameters.MAX_VALUE);
        if (min == null && max == null) {
            throw arguments.invalid(Parameters.MIN_VALUE, "give min_value, max_value or both");
        }
        OptionalDouble lo = min == null ? OptionalDouble.empty() : asNumber(arguments, Parameters.MIN_VALUE, min);
        OptionalDouble hi = max == null ? OptionalDouble.empty() : asNumber(arguments, Parameters.MAX_VALUE, max);
        if (min != null && max != null && (min instanceof String) != (max instanceof String)) {
            throw arguments.invalid(Parameters.MAX_VALUE, "min_value is " + describe(min) + " but max_value is "
                    + describe(max) + "; give two numbers or two dates");
        }
        if (lo.isPresent() && hi.isPresent() && lo.getAsDouble() > hi.getAsDouble()) {
            throw arguments.invalid(Parameters.MIN_VALUE, "min_value " + min + " is above max_value " + max);
        }
    }

    boolean contains(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        if (min.isPresent() && (strictMin ? value <= min.getAsDouble() : value < min.getAsDouble())) {
            return false;
        }
        return max.isEmpty() || (strictMax ? value < max.getAsDouble() : value <= max.getAsDouble());
    }

    private static OptionalDouble asNumber(RuleArguments arguments, String name, Object value) {
        if (value instanceof Number n) {
            return OptionalDouble.of(n.doubleValue());
        }
        OptionalLong millis = DateTimeText.toEpochMillis((String) value);
        if (millis.isEmpty()) {
            throw arguments.invalid(name, "expected a number or an ISO-8601 date/time, got \"" + value + "\"");
        }
        return OptionalDouble.of(millis.getAsLong());
    }

    private static String describe(Object value) {
        return value instanceof String s ? "the date \"" + s + "\"" : "the number " + value;
    }
}
