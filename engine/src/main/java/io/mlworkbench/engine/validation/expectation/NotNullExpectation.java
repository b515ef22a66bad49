package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.RuleArguments;

/**
 * {@code expect_column_values_to_not_be_null}: values are present. Unlike other value rules, missing values are
 * the unexpected ones, and mostly and unexpected_percent are over all rows.
 */
final class NotNullExpectation extends ColumnValueExpectation {

    NotNullExpectation() {
        super(ExpectationNames.NOT_NULL, "Each value is present (not missing).", Parameters.ALL_TYPES, true);
    }

    @Override
    RowCheck rowCheck(Column column, RuleArguments arguments) {
        return r -> true;
    }

    @Override
    boolean missingIsUnexpected() {
        return true;
    }
}
