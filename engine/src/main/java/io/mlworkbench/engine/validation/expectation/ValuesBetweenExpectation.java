package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.RuleArguments;

/** {@code expect_column_values_to_be_between}: each value lies within min_value..max_value. */
final class ValuesBetweenExpectation extends ColumnValueExpectation {

    ValuesBetweenExpectation() {
        super(ExpectationNames.VALUES_BETWEEN, "Each value lies between min_value and max_value (inclusive unless "
                        + "strict).", Parameters.ORDERED_TYPES, true,
                Parameters.minValue(ParameterType.BOUND, "value"), Parameters.maxValue(ParameterType.BOUND, "value"),
                Parameters.STRICT_MIN_SPEC, Parameters.STRICT_MAX_SPEC);
    }

    @Override
    public void checkArguments(RuleArguments arguments) {
        Bounds.checkOrder(arguments);
    }

    @Override
    RowCheck rowCheck(Column column, RuleArguments arguments) {
        Bounds bounds = Bounds.read(arguments, column.schema().type());
        NumericColumn numbers = (NumericColumn) column;
        return r -> bounds.contains(numbers.get(r));
    }
}
