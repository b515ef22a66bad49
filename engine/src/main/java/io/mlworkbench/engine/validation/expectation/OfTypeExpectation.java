package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.validation.DateTimeText;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.ObservedValue;
import io.mlworkbench.engine.validation.ParameterSpec;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.RuleArguments;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code expect_column_values_to_be_of_type}: the column holds values of type_. A column of that type (or an
 * INTEGER column when DECIMAL is expected, or CATEGORICAL and TEXT for each other) passes outright; otherwise each
 * value is unexpected unless its text reads as type_, so a numeric column imported as TEXT because of a few bad
 * values shows exactly those values and rows. The observed value is the column's type.
 */
final class OfTypeExpectation extends ColumnValueExpectation {

    private static final String TYPE = "type_";
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "yes", "no", "t", "f", "y", "n", "1",
            "0");

    OfTypeExpectation() {
        super(ExpectationNames.OF_TYPE, "The column holds values of type type_.", Parameters.ALL_TYPES, true,
                ParameterSpec.required(TYPE, ParameterType.TYPE_NAME, "The expected type: INTEGER, DECIMAL, "
                        + "BOOLEAN, CATEGORICAL, DATETIME or TEXT (pandas names such as int64 or str also work)."));
    }

    @Override
    RowCheck rowCheck(Column column, RuleArguments arguments) {
        ColumnType expected = arguments.typeName(TYPE);
        if (isCompatible(column.schema().type(), expected)) {
            return r -> true;
        }
        return r -> reads(column.format(r), expected);
    }

    @Override
    ObservedValue observe(Column column, RuleArguments arguments) {
        return ObservedValue.ofValues(List.of(column.schema().type().name()));
    }

    private static boolean isCompatible(ColumnType actual, ColumnType expected) {
        return actual == expected
                || actual == ColumnType.INTEGER && expected == ColumnType.DECIMAL
                || actual == ColumnType.CATEGORICAL && expected == ColumnType.TEXT
                || actual == ColumnType.TEXT && expected == ColumnType.CATEGORICAL;
    }

    private static boolean reads(String text, ColumnType expected) {
        String s = text.strip();
        return switch (expected) {
            case INTEGER -> WHOLE.matcher(s).matches();
            case DECIMAL -> DECIMAL.matcher(s).matches();
            case BOOLEAN -> BOOLEAN_WORDS.contains(s.toLowerCase(Locale.ROOT));
            case DATETIME -> DateTimeText.toEpochMillis(s).isPresent();
            case CATEGORICAL, TEXT -> false;
        };
    }
}
