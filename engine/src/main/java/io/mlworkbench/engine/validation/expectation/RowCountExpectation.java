package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.ObservedValue;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.RuleArguments;
import io.mlworkbench.engine.validation.RuleResult;
import java.util.List;
import java.util.Set;

/** {@code expect_table_row_count_to_be_between}: the number of rows lies within min_value..max_value, inclusive. */
final class RowCountExpectation extends DeclaredExpectation {

    RowCountExpectation() {
        super(ExpectationNames.ROW_COUNT_BETWEEN, "The number of rows lies between min_value and max_value "
                + "(inclusive).", Set.of(), List.of(Parameters.minValue(ParameterType.WHOLE_NUMBER, "row count"),
                Parameters.maxValue(ParameterType.WHOLE_NUMBER, "row count")));
    }

    @Override
    public void checkArguments(RuleArguments arguments) {
        Bounds.checkOrder(arguments);
    }

    @Override
    public RuleResult evaluate(Table table, RuleArguments arguments) {
        Bounds bounds = Bounds.read(arguments, null);
        return RuleResult.aggregate(arguments, bounds.contains(table.rowCount()), table.rowCount(), null,
                ObservedValue.ofNumber(table.rowCount()));
    }
}
