package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.validation.Expectation;
import io.mlworkbench.engine.validation.ParameterSpec;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.RuleArguments;
import java.util.EnumSet;
import java.util.Set;

/** Parameter declarations and column type sets that several expectations share. */
final class Parameters {

    static final String MIN_VALUE = "min_value";
    static final String MAX_VALUE = "max_value";
    static final String STRICT_MIN = "strict_min";
    static final String STRICT_MAX = "strict_max";
    static final String VALUE_SET = "value_set";

    static final ParameterSpec COLUMN = ParameterSpec.required(Expectation.COLUMN, ParameterType.COLUMN,
            "The column to check.");
    static final ParameterSpec MOSTLY = ParameterSpec.optional(RuleArguments.MOSTLY, ParameterType.FRACTION, 1.0,
            "The share of non-missing values that must pass: 1 means all, 0.95 tolerates 5% unexpected values.");
    static final ParameterSpec STRICT_MIN_SPEC = ParameterSpec.optional(STRICT_MIN, ParameterType.BOOLEAN, false,
            "When true, a value equal to min_value fails.");
    static final ParameterSpec STRICT_MAX_SPEC = ParameterSpec.optional(STRICT_MAX, ParameterType.BOOLEAN, false,
            "When true, a value equal to max_value fails.");
    static final ParameterSpec VALUE_SET_SPEC = ParameterSpec.required(VALUE_SET, ParameterType.VALUE_LIST,
            "The allowed values.");

    static final Set<ColumnType> ALL_TYPES = EnumSet.allOf(ColumnType.class);
    static final Set<ColumnType> ORDERED_TYPES = EnumSet.of(ColumnType.INTEGER, ColumnType.DECIMAL,
            ColumnType.BOOLEAN, ColumnType.DATETIME);
    static final Set<ColumnType> MEAN_TYPES = EnumSet.of(ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.BOOLEAN);

    private Parameters() {
    }

    static ParameterSpec minValue(ParameterType type, String of) {
        return ParameterSpec.optional(MIN_VALUE, type, null, "The lowest allowed " + of + "; no lower bound when absent.");
    }

    static ParameterSpec maxValue(ParameterType type, String of) {
        return ParameterSpec.optional(MAX_VALUE, type, null, "The highest allowed " + of + "; no upper bound when absent.");
    }
}
