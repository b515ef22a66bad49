package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.profile.LabelCounts;
import io.mlworkbench.engine.data.profile.SortedValues;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.RuleArguments;

/**
 * {@code expect_column_values_to_be_unique}: no value occurs twice. As in GX, every occurrence of a repeated value
 * is unexpected, the first one included (pandas {@code duplicated(keep=False)}).
 */
final class UniqueExpectation extends ColumnValueExpectation {

    UniqueExpectation() {
        super(ExpectationNames.UNIQUE, "Each value occurs only once in the column.", Parameters.ALL_TYPES, true);
    }

    @Override
    RowCheck rowCheck(Column column, RuleArguments arguments) {
        if (column instanceof StringColumn labels) {
            LabelCounts counts = LabelCounts.of(labels);
            return r -> counts.count(labels.code(r)) == 1;
        }
        NumericColumn numbers = (NumericColumn) column;
        SortedValues sorted = SortedValues.of(numbers);
        return r -> sorted.occurrences(numbers.get(r)) == 1;
    }
}
