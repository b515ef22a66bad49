package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.ObservedValue;
import io.mlworkbench.engine.validation.ParameterSpec;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.RuleArguments;
import io.mlworkbench.engine.validation.RuleResult;
import java.util.List;

/** {@code expect_column_to_exist}: the table has the column, at column_index (0-based, as GX) when given. */
final class ColumnExistsExpectation extends DeclaredExpectation {

    private static final String COLUMN_INDEX = "column_index";

    ColumnExistsExpectation() {
        super(ExpectationNames.COLUMN_EXISTS, "The table has the column (at column_index, counted from 0, when given).",
                Parameters.ALL_TYPES, List.of(
                        ParameterSpec.required(COLUMN, ParameterType.COLUMN, "The column that must exist."),
                        ParameterSpec.optional(COLUMN_INDEX, ParameterType.WHOLE_NUMBER, null,
                                "Its expected position, counted from 0 as in Great Expectations.")));
    }

    @Override
    public boolean requiresColumn() {
        return false;
    }

    @Override
    public void checkArguments(RuleArguments arguments) {
        if (arguments.number(COLUMN_INDEX).orElse(0) < 0) {
            throw arguments.invalid(COLUMN_INDEX, "expected 0 or more, got " + arguments.value(COLUMN_INDEX));
        }
    }

    @Override
    public RuleResult evaluate(Table table, RuleArguments arguments) {
        int index = table.schema().indexOf(arguments.column());
        boolean success = index >= 0
                && (arguments.number(COLUMN_INDEX).isEmpty() || index == arguments.number(COLUMN_INDEX).getAsDouble());
        return RuleResult.aggregate(arguments, success, table.rowCount(), null,
                ObservedValue.ofValues(table.schema().names()));
    }
}
