package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.profile.SortedValues;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.ObservedValue;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.RuleArguments;
import io.mlworkbench.engine.validation.RuleResult;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@code expect_column_mean/min/max_to_be_between}: a statistic of the column's non-missing values lies within
 * min_value..max_value. Observed: the statistic (for DATETIME columns also as an ISO instant). A column without
 * values fails, with no observed value.
 */
final class ColumnStatisticExpectation extends DeclaredExpectation {

    /** The statistic checked. */
    enum Statistic {
        MEAN(ExpectationNames.MEAN_BETWEEN, "mean", Parameters.MEAN_TYPES, ParameterType.NUMBER),
        MIN(ExpectationNames.MIN_BETWEEN, "minimum", Parameters.ORDERED_TYPES, ParameterType.BOUND),
        MAX(ExpectationNames.MAX_BETWEEN, "maximum", Parameters.ORDERED_TYPES, ParameterType.BOUND);

        private final String type;
        private final String noun;
        private final Set<ColumnType> columnTypes;
        private final ParameterType bound;

        Statistic(String type, String noun, Set<ColumnType> columnTypes, ParameterType bound) {
            this.type = type;
            this.noun = noun;
            this.columnTypes = columnTypes;
            this.bound = bound;
        }

        double of(SortedValues values) {
            return switch (this) {
                case MEAN -> values.mean();
                case MIN -> values.min();
                case MAX -> values.max();
            };
        }
    }

    private final Statistic statistic;

    ColumnStatisticExpectation(Statistic statistic) {
        super(statistic.type, "The column's " + statistic.noun + " lies between min_value and max_value (inclusive "
                + "unless strict).", statistic.columnTypes, List.of(Parameters.COLUMN,
                Parameters.minValue(statistic.bound, statistic.noun),
                Parameters.maxValue(statistic.bound, statistic.noun), Parameters.STRICT_MIN_SPEC,
                Parameters.STRICT_MAX_SPEC));
        this.statistic = statistic;
    }

    @Override
    public void checkArguments(RuleArguments arguments) {
        Bounds.checkOrder(arguments);
    }

    @Override
    public RuleResult evaluate(Table table, RuleArguments arguments) {
        NumericColumn column = (NumericColumn) table.column(arguments.column());
        SortedValues values = SortedValues.of(column);
        if (values.isEmpty()) {
            return RuleResult.aggregate(arguments, false, column.size(), (long) values.missing(), null);
        }
        double observed = statistic.of(values);
        ObservedValue value = column.schema().type() == ColumnType.DATETIME
                ? new ObservedValue(observed, List.of(Instant.ofEpochMilli((long) observed).toString()), List.of(),
                        List.of())
                : ObservedValue.ofNumber(observed);
        boolean success = Bounds.read(arguments, column.schema().type()).contains(observed);
        return RuleResult.aggregate(arguments, success, column.size(), (long) values.missing(), value);
    }
}
