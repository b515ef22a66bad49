package io.mlworkbench.engine.validation;

import io.mlworkbench.engine.WorkbenchException;

/**
 * A rule whose arguments do not fit its expectation: unknown expectation or parameter, a missing required parameter,
 * a value of the wrong kind, min above max, a bad regular expression, mostly outside [0, 1], a column the dataset
 * does not have. Names the rule (1-based position and type) and the parameter, so an editor can point at the field.
 */
public final class InvalidRuleException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    private final int ruleNumber;
    private final String expectationType;
    private final String parameter;

    /**
     * @param ruleNumber the rule's 1-based position in its suite
     * @param expectationType the rule's expectation type
     * @param parameter the parameter at fault ({@code expectation_type} when the type itself is unknown)
     * @param problem what is wrong and what was expected
     */
    public InvalidRuleException(int ruleNumber, String expectationType, String parameter, String problem) {
        super("Rule " + ruleNumber + " (" + expectationType + "), parameter '" + parameter + "': " + problem);
        this.ruleNumber = ruleNumber;
        this.expectationType = expectationType;
        this.parameter = parameter;
    }

    /** @return the rule's 1-based position */
    public int ruleNumber() {
        return ruleNumber;
    }

    /** @return the rule's expectation type */
    public String expectationType() {
        return expectationType;
    }

    /** @return the parameter at fault */
    public String parameter() {
        return parameter;
    }
}
