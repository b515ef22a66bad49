package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.validation.Expectation;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.ObservedValue;
import io.mlworkbench.engine.validation.ParameterSpec;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.RuleArguments;
import io.mlworkbench.engine.validation.RuleResult;
import java.util.List;
import java.util.Set;

/** {@code expect_column_to_exist}: the table has the column, at column_index (0-based, as GX) when given. */
final class ColumnExistsExpectation implements Expectation {

    private static final String COLUMN_INDEX = "column_index";

    @Override
    public String type() {
        return ExpectationNames.COLUMN_EXISTS;
    }

    @Override
    public String description() {
        return "The table has the column (at column_index, counted from 0, when given).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.required(COLUMN, ParameterType.COLUMN, "The column that must exist."),
                ParameterSpec.optional(COLUMN_INDEX, ParameterType.WHOLE_NUMBER, null,
                        "Its expected position, counted from 0 as in Great Expectations."));
    }

    @Override
    public Set<ColumnType> columnTypes() {
        return Parameters.ALL_TYPES;
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
