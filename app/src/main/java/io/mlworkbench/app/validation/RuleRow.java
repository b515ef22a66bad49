package io.mlworkbench.app.validation;

import io.mlworkbench.engine.validation.Rule;

/**
 * One rule of the suite being edited, as a row of the rule table.
 *
 * @param number its 1-based position in the suite
 * @param rule the rule
 */
public record RuleRow(int number, Rule rule) {

    /** @return the expectation's name without the {@code expect_} prefix, e.g. {@code column_values_to_be_unique} */
    public String expectation() {
        return shortName(rule.expectationType());
    }

    /** @return the column the rule is about, empty for a table rule */
    public String column() {
        return rule.column().orElse("");
    }

    /** @return the other arguments, e.g. {@code min_value=0, max_value=120} */
    public String arguments() {
        return ParameterText.summary(rule);
    }

    /** @return why the rule exists */
    public String notes() {
        return rule.notes();
    }

    /**
     * @param expectationType a GX expectation name
     * @return it without the {@code expect_} prefix that every name shares
     */
    static String shortName(String expectationType) {
        return expectationType.startsWith("expect_") ? expectationType.substring("expect_".length()) : expectationType;
    }
}
