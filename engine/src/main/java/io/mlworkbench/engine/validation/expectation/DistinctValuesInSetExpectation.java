package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.profile.LabelCounts;
import io.mlworkbench.engine.data.profile.SortedValues;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.ObservedValue;
import io.mlworkbench.engine.validation.RuleArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code expect_column_distinct_values_to_be_in_set}: every distinct value is in value_set (values of the set may
 * be absent). Observed: the distinct values in ascending order; the ones outside the set are listed, and their rows
 * are given as for a value rule. No {@code mostly}, as in GX.
 */
final class DistinctValuesInSetExpectation extends ColumnValueExpectation {

    DistinctValuesInSetExpectation() {
        super(ExpectationNames.DISTINCT_IN_SET, "Every distinct value of the column is in value_set.",
                Parameters.ALL_TYPES, false, Parameters.VALUE_SET_SPEC);
    }

    @Override
    RowCheck rowCheck(Column column, RuleArguments arguments) {
        return new ValueSet(arguments.values(Parameters.VALUE_SET)).rowCheck(column);
    }

    @Override
    ObservedValue observe(Column column, RuleArguments arguments) {
        ValueSet set = new ValueSet(arguments.values(Parameters.VALUE_SET));
        List<String> distinct = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        if (column instanceof StringColumn labels) {
            LabelCounts counts = LabelCounts.of(labels);
            boolean[] inSet = set.labelsInSet(labels);
            for (int code = 0; code < inSet.length; code++) {
                if (counts.count(code) > 0) {
                    distinct.add(labels.dictionary().get(code));
                    if (!inSet[code]) {
                        outside.add(labels.dictionary().get(code));
                    }
                }
            }
            distinct.sort(null);
            outside.sort(null);
        } else {
            NumericColumn numbers = (NumericColumn) column;
            Set<Double> allowed = set.numbers(numbers.schema().type());
            SortedValues.of(numbers).forEachDistinct((value, count) -> {
                boolean isOutside = !allowed.contains(value);
                if (distinct.size() < ObservedValue.LIMIT || isOutside && outside.size() < ObservedValue.LIMIT) {
                    String text = new NumericColumn(numbers.schema(), new double[] {value}, 1).format(0);
                    if (distinct.size() < ObservedValue.LIMIT) {
                        distinct.add(text);
                    }
                    if (isOutside && outside.size() < ObservedValue.LIMIT) {
                        outside.add(text);
                    }
                }
            });
        }
        return new ObservedValue(null, distinct, outside, List.of());
    }
}
