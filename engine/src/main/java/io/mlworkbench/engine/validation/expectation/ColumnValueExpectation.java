package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.validation.ObservedValue;
import io.mlworkbench.engine.validation.ParameterSpec;
import io.mlworkbench.engine.validation.RuleArguments;
import io.mlworkbench.engine.validation.RuleResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rule checked value by value (GX's column map expectation). Missing values are not unexpected (except for
 * not-null) and do not count towards {@code mostly}: the rule is met when (considered - unexpected) / considered
 * &gt;= mostly, and always when nothing is considered.
 */
abstract class ColumnValueExpectation extends DeclaredExpectation {

    ColumnValueExpectation(String type, String description, Set<ColumnType> columnTypes, boolean takesMostly,
                           ParameterSpec... own) {
        super(type, description, columnTypes, parameters(takesMostly, own));
    }

    private static List<ParameterSpec> parameters(boolean takesMostly, ParameterSpec... own) {
        List<ParameterSpec> all = new ArrayList<>();
        all.add(Parameters.COLUMN);
        all.addAll(List.of(own));
        if (takesMostly) {
            all.add(Parameters.MOSTLY);
        }
        return all;
    }

    /** @return the check of one present value, prepared once for the column */
    abstract RowCheck rowCheck(Column column, RuleArguments arguments);

    /** @return true when a missing value is itself unexpected (not-null) */
    boolean missingIsUnexpected() {
        return false;
    }

    /** @return what the rule measured besides the counts, or null */
    ObservedValue observe(Column column, RuleArguments arguments) {
        return null;
    }

    @Override
    public RuleResult evaluate(Table table, RuleArguments arguments) {
        Column column = table.column(arguments.column());
        RowCheck check = rowCheck(column, arguments);
        UnexpectedCollector unexpected = new UnexpectedCollector(column);
        boolean missingCounts = missingIsUnexpected();
        long missing = 0;
        for (int r = 0; r < column.size(); r++) {
            if (column.isMissing(r)) {
                missing++;
                if (missingCounts) {
                    unexpected.add(r);
                }
            } else if (!check.isExpected(r)) {
                unexpected.add(r);
            }
        }
        long elements = column.size();
        long considered = missingCounts ? elements : elements - missing;
        long bad = unexpected.count();
        boolean success = considered == 0 || (double) (considered - bad) / considered >= arguments.mostly();
        Double percent = considered == 0 ? null : bad * 100.0 / considered;
        return new RuleResult(arguments.ruleNumber(), arguments.rule(), success, elements, missing, bad, percent,
                observe(column, arguments), unexpected.evidence(), null);
    }
}
