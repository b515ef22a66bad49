package io.mlworkbench.engine.validation;

/**
 * The outcome of one rule, with GX's result fields.
 *
 * <p>Column value rules fill the counts and {@code unexpected}: {@code unexpectedPercent} is of the non-missing
 * values (GX's unexpected_percent), except for not-null where it is of all rows. Aggregate rules fill
 * {@code observed}. A rule that could not be evaluated on this data (its column is missing, or has a type the rule
 * does not apply to) fails with {@code exceptionMessage} saying why.
 *
 * @param ruleNumber the rule's 1-based position in the suite
 * @param rule the rule
 * @param success whether the data met it
 * @param elementCount rows looked at, or null
 * @param missingCount missing values among them, or null
 * @param unexpectedCount values that broke the rule, or null
 * @param unexpectedPercent unexpected as a percentage (see above), or null when nothing was considered
 * @param observed what an aggregate rule measured, or null
 * @param unexpected the row-level evidence of a column value rule, or null
 * @param exceptionMessage why the rule could not be evaluated, or null
 */
public record RuleResult(int ruleNumber, Rule rule, boolean success, Long elementCount, Long missingCount,
                         Long unexpectedCount, Double unexpectedPercent, ObservedValue observed,
                         UnexpectedRows unexpected, String exceptionMessage) {

    /**
     * @param arguments the rule
     * @param message why it could not be evaluated
     * @return a failed result carrying the reason
     */
    public static RuleResult notEvaluated(RuleArguments arguments, String message) {
        return new RuleResult(arguments.ruleNumber(), arguments.rule(), false, null, null, null, null, null, null,
                message);
    }

    /**
     * @param arguments the rule
     * @param success whether the data met it
     * @param elementCount rows looked at
     * @param missingCount missing values among them (null when the rule does not look at one column)
     * @param observed what was measured
     * @return an aggregate rule's result
     */
    public static RuleResult aggregate(RuleArguments arguments, boolean success, long elementCount, Long missingCount,
                                       ObservedValue observed) {
        return new RuleResult(arguments.ruleNumber(), arguments.rule(), success, elementCount, missingCount, null,
                null, observed, null, null);
    }

    /** @return true when the rule could not be evaluated */
    public boolean hasException() {
        return exceptionMessage != null;
    }
}
