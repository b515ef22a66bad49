package io.mlworkbench.engine.validation;

import java.util.List;

/**
 * How many rules were evaluated and met, as GX's validation statistics.
 *
 * @param evaluatedExpectations rules evaluated
 * @param successfulExpectations rules met
 * @param unsuccessfulExpectations rules not met
 * @param successPercent met as a percentage of evaluated; null when there were none
 */
public record ValidationStatistics(int evaluatedExpectations, int successfulExpectations,
                                   int unsuccessfulExpectations, Double successPercent) {

    /**
     * @param results rule results
     * @return their statistics
     */
    public static ValidationStatistics of(List<RuleResult> results) {
        int successful = (int) results.stream().filter(RuleResult::success).count();
        Double percent = results.isEmpty() ? null : successful * 100.0 / results.size();
        return new ValidationStatistics(results.size(), successful, results.size() - successful, percent);
    }
}
