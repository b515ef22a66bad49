package io.mlworkbench.engine.validation;

/**
 * A rule the suggester proposes, for the user to accept, edit or reject.
 *
 * @param column the column it is about, or null for a table-level rule
 * @param rule the proposed rule; its notes hold the reason, so an accepted rule keeps it
 * @param reason why it is proposed, citing the profile ("no missing values in 45,211 rows")
 */
public record SuggestedRule(String column, Rule rule, String reason) {
}
