package io.mlworkbench.engine.validation;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of running rules on a table: overall success (every rule met), statistics and one result per rule in
 * suite order. A command line exits non-zero when {@link #success()} is false.
 *
 * @param success true when every rule was met
 * @param rowCount the number of rows validated
 * @param statistics counts of evaluated, met and unmet rules
 * @param results one result per rule, in suite order
 */
public record ValidationReport(boolean success, long rowCount, ValidationStatistics statistics,
                               List<RuleResult> results) {

    /** Copies the list. */
    public ValidationReport {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /**
     * @param rowCount the number of rows validated
     * @param results one result per rule, in suite order
     * @return the report, with success and statistics derived from the results
     */
    public static ValidationReport of(long rowCount, List<RuleResult> results) {
        return new ValidationReport(results.stream().allMatch(RuleResult::success), rowCount,
                ValidationStatistics.of(results), results);
    }

    /** @return the results with unmet rules first, each group in suite order: what a results view lists */
    public List<RuleResult> failedFirst() {
        return results.stream()
                .sorted(Comparator.comparing(RuleResult::success).thenComparingInt(RuleResult::ruleNumber))
                .toList();
    }

    /** @return only the unmet rules, in suite order */
    public List<RuleResult> failures() {
        return results.stream().filter(r -> !r.success()).toList();
    }
}
