package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.ObservedValue;
import io.mlworkbench.engine.validation.ParameterSpec;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.RuleArguments;
import io.mlworkbench.engine.validation.RuleResult;
import java.util.List;
import java.util.Set;

/**
 * {@code expect_table_columns_to_match_set}: the table's columns are column_set in any order; with exact_match false
 * the table may have further columns. Observed: the table's columns, the extra ones and the missing ones.
 */
final class ColumnSetExpectation extends DeclaredExpectation {

    private static final String COLUMN_SET = "column_set";
    private static final String EXACT_MATCH = "exact_match";

    ColumnSetExpectation() {
        super(ExpectationNames.COLUMNS_MATCH_SET, "The table's columns are column_set, in any order (further "
                + "columns allowed when exact_match is false).", Set.of(), List.of(
                ParameterSpec.required(COLUMN_SET, ParameterType.COLUMN_LIST, "The expected columns."),
                ParameterSpec.optional(EXACT_MATCH, ParameterType.BOOLEAN, true,
                        "When false, columns beyond column_set are allowed.")));
    }

    @Override
    public RuleResult evaluate(Table table, RuleArguments arguments) {
        List<String> expected = arguments.texts(COLUMN_SET);
        List<String> actual = table.schema().names();
        List<String> missing = expected.stream().filter(c -> !actual.contains(c)).toList();
        List<String> extra = actual.stream().filter(c -> !expected.contains(c)).toList();
        boolean success = missing.isEmpty() && (extra.isEmpty() || !arguments.flag(EXACT_MATCH));
        return RuleResult.aggregate(arguments, success, table.rowCount(), null,
                new ObservedValue(null, actual, extra, missing));
    }
}
