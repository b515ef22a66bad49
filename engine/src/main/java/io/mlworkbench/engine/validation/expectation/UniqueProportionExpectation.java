package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.profile.LabelCounts;
import io.mlworkbench.engine.data.profile.SortedValues;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.ObservedValue;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.RuleArguments;
import io.mlworkbench.engine.validation.RuleResult;
import java.util.List;

/**
 * {@code expect_column_proportion_of_unique_values_to_be_between}: distinct values / non-missing values (GX's
 * unique proportion) lies within min_value..max_value. A column without values fails, with no observed value.
 */
final class UniqueProportionExpectation extends DeclaredExpectation {

    UniqueProportionExpectation() {
        super(ExpectationNames.UNIQUE_PROPORTION_BETWEEN, "Distinct values divided by non-missing values lies "
                + "between min_value and max_value.", Parameters.ALL_TYPES, List.of(Parameters.COLUMN,
                Parameters.minValue(ParameterType.FRACTION, "proportion"),
                Parameters.maxValue(ParameterType.FRACTION, "proportion"), Parameters.STRICT_MIN_SPEC,
                Parameters.STRICT_MAX_SPEC));
    }

    @Override
    public void checkArguments(RuleArguments arguments) {
        Bounds.checkOrder(arguments);
    }

    @Override
    public RuleResult evaluate(Table table, RuleArguments arguments) {
        Column column = table.column(arguments.column());
        long present;
        long distinct;
        if (column instanceof StringColumn labels) {
            LabelCounts counts = LabelCounts.of(labels);
            present = counts.present();
            distinct = counts.distinctCount();
        } else {
            SortedValues values = SortedValues.of((NumericColumn) column);
            present = values.size();
            distinct = values.distinctCount();
        }
        long missing = column.size() - present;
        if (present == 0) {
            return RuleResult.aggregate(arguments, false, column.size(), missing, null);
        }
        double proportion = (double) distinct / present;
        return RuleResult.aggregate(arguments, Bounds.read(arguments, null).contains(proportion), column.size(),
                missing, ObservedValue.ofNumber(proportion));
    }
}
