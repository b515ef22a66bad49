package io.mlworkbench.engine.validation;

import io.mlworkbench.engine.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;

/**
 * Runs rules on a table. The rules are checked first: a suite with a bad argument is refused as a whole
 * ({@link InvalidRuleException}). A rule that cannot be evaluated on this particular data (its column is missing or
 * of an inapplicable type) fails with the reason in its result, so one broken column does not hide the other rules'
 * results.
 */
public final class TableValidator {

    private final ExpectationCatalog catalog;

    /** @param catalog the known expectations */
    public TableValidator(ExpectationCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param table the data
     * @param rules the rules, in suite order
     * @return the report
     * @throws InvalidRuleException when a rule's arguments do not fit its expectation
     */
    public ValidationReport validate(Table table, List<Rule> rules) {
        return validate(table, rules, ProgressListener.ignoring(), CancellationToken.never());
    }

    /**
     * @param table the data
     * @param rules the rules, in suite order
     * @param progress receives the fraction done after each rule
     * @param cancelRequested polled before each rule
     * @return the report
     * @throws InvalidRuleException when a rule's arguments do not fit its expectation
     * @throws OperationCancelledException when cancelled
     */
    public ValidationReport validate(Table table, List<Rule> rules, ProgressListener progress,
                                     CancellationToken cancelRequested) {
        List<RuleArguments> checked = catalog.checkAll(rules);
        List<RuleResult> results = new ArrayList<>(checked.size());
        for (RuleArguments arguments : checked) {
            cancelRequested.throwIfCancelled("validation (after " + results.size() + " of " + checked.size()
                    + " rules)");
            results.add(evaluate(table, arguments));
            progress.progress(results.size(), checked.size(), "Checked rule " + results.size() + " of " + checked.size());
        }
        return ValidationReport.of(table.rowCount(), results);
    }

    private RuleResult evaluate(Table table, RuleArguments arguments) {
        Optional<String> problem = catalog.columnProblem(arguments, table.schema());
        if (problem.isPresent()) {
            return RuleResult.notEvaluated(arguments, problem.get());
        }
        try {
            return arguments.expectation().evaluate(table, arguments);
        } catch (InvalidRuleException e) {
            return RuleResult.notEvaluated(arguments, e.getMessage());
        }
    }
}
