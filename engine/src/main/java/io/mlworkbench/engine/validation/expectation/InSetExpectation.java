package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.RuleArguments;

/** {@code expect_column_values_to_be_in_set}: each value is one of value_set. */
final class InSetExpectation extends ColumnValueExpectation {

    InSetExpectation() {
        super(ExpectationNames.IN_SET, "Each value is one of value_set.", Parameters.ALL_TYPES, true,
                Parameters.VALUE_SET_SPEC);
    }

    @Override
    RowCheck rowCheck(Column column, RuleArguments arguments) {
        return new ValueSet(arguments.values(Parameters.VALUE_SET)).rowCheck(column);
    }
}
