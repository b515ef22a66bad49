package io.mlworkbench.app.validation;

import io.mlworkbench.engine.validation.RuleResult;
import java.util.List;

/**
 * One rule's outcome as a row of the results table.
 *
 * @param result the engine's result
 * @param status "Failed", "Passed" or "Not evaluated", for the user
 * @param elements how many values were looked at, formatted; empty when the rule does not count values
 * @param unexpected how many broke the rule and their share, e.g. "12 (1.2%)"; empty when not counted
 * @param observed what an aggregate rule measured, or why the rule could not be evaluated
 * @param sample the first unexpected values with their rows, e.g. "row 3: abc; row 9: (missing)"
 */
public record RuleResultRow(RuleResult result, String status, String elements, String unexpected, String observed,
                            String sample) {

    /** @return true when the data met the rule */
    public boolean success() {
        return result.success();
    }

    /** @return the rule's 1-based position in the suite */
    public int number() {
        return result.ruleNumber();
    }

    /** @return the expectation's short name */
    public String expectation() {
        return RuleRow.shortName(result.rule().expectationType());
    }

    /** @return the rule's column, empty for a table rule */
    public String column() {
        return result.rule().column().orElse("");
    }

    /** @return the rule's other arguments */
    public String arguments() {
        return ParameterText.summary(result.rule());
    }

    /** @return the 1-based rows holding unexpected values (at most the engine's limit); empty when none */
    public List<Integer> failingRows() {
        return result.unexpected() == null ? List.of() : result.unexpected().rows();
    }
}
