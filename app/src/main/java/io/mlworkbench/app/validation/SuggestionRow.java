package io.mlworkbench.app.validation;

import io.mlworkbench.engine.validation.Rule;
import io.mlworkbench.engine.validation.SuggestedRule;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** A rule the suggester proposed, with the user's decision on it. */
public final class SuggestionRow {

    /** What the user decided. */
    public enum Decision {
        /** Not decided yet. */
        PENDING,
        /** Added to the suite (as proposed, or edited). */
        ACCEPTED,
        /** Left out of the suite. */
        REJECTED
    }

    private final SuggestedRule suggestion;
    private final ReadOnlyObjectWrapper<Decision> decision = new ReadOnlyObjectWrapper<>(Decision.PENDING);
    private Rule acceptedAs;

    /** @param suggestion the proposed rule and its reason */
    public SuggestionRow(SuggestedRule suggestion) {
        this.suggestion = suggestion;
    }

    /** @return the proposal */
    public SuggestedRule suggestion() {
        return suggestion;
    }

    /** @return the expectation's short name */
    public String expectation() {
        return RuleRow.shortName(suggestion.rule().expectationType());
    }

    /** @return the column, empty for a table rule */
    public String column() {
        return suggestion.column() == null ? "" : suggestion.column();
    }

    /** @return the proposed arguments other than the column */
    public String arguments() {
        return ParameterText.summary(suggestion.rule());
    }

    /** @return why it is proposed */
    public String reason() {
        return suggestion.reason();
    }

    /** @return the user's decision */
    public ReadOnlyObjectProperty<Decision> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    /** @return the rule added to the suite for this suggestion, or null when not accepted */
    Rule acceptedAs() {
        return acceptedAs;
    }

    void accept(Rule rule) {
        acceptedAs = rule;
        decision.set(Decision.ACCEPTED);
    }

    void reject() {
        acceptedAs = null;
        decision.set(Decision.REJECTED);
    }
}
