package io.mlworkbench.app.validation;

import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.validation.Rule;
import io.mlworkbench.engine.validation.SuggestedRule;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The suite being put together: its rules (add, edit, remove) and the suggester's proposals (accept, edit or
 * reject each). Accepting adds the proposed rule, editing adds the edited one, rejecting a proposal accepted
 * before takes its rule out again. Nothing is stored here; the Validate screen saves the rules as a suite version.
 */
public final class SuiteDraftViewModel {

    private final RuleEditorViewModel editor;
    private final List<Rule> draft = new ArrayList<>();
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final ObservableList<SuggestionRow> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private DatasetSchema schema = new DatasetSchema(List.of());

    /** @param editor the rule editor that adding and editing open */
    public SuiteDraftViewModel(RuleEditorViewModel editor) {
        this.editor = editor;
    }

    /**
     * Starts over for a dataset: no rules, no suggestions.
     *
     * @param dataSchema the dataset's schema, for the editor's column choices and checks
     */
    public void reset(DatasetSchema dataSchema) {
        this.schema = dataSchema;
        editor.cancel();
        suggestions.clear();
        replaceRules(List.of());
        changed.set(false);
    }

    /**
     * Shows the rules of a stored suite version, unchanged.
     *
     * @param stored the version's rules
     */
    public void load(List<Rule> stored) {
        editor.cancel();
        suggestions.clear();
        replaceRules(stored);
        changed.set(false);
    }

    /**
     * Shows proposals for the user to decide on, replacing earlier ones.
     *
     * @param proposed the suggester's rules
     */
    public void propose(List<SuggestedRule> proposed) {
        suggestions.setAll(proposed.stream().map(SuggestionRow::new).toList());
    }

    /** @param row a proposal to add to the suite as it is */
    public void accept(SuggestionRow row) {
        if (row.decisionProperty().get() != SuggestionRow.Decision.ACCEPTED) {
            Rule rule = row.suggestion().rule();
            add(rule);
            row.accept(rule);
        }
    }

    /** Accepts every proposal not decided yet. */
    public void acceptAllPending() {
        suggestions.stream().filter(r -> r.decisionProperty().get() == SuggestionRow.Decision.PENDING)
                .forEach(this::accept);
    }

    /** @param row a proposal to leave out; if it was accepted, its rule leaves the suite */
    public void reject(SuggestionRow row) {
        drop(row.acceptedAs());
        row.reject();
    }

    /** @param row a proposal to change in the editor before it joins the suite */
    public void edit(SuggestionRow row) {
        Rule start = row.acceptedAs() != null ? row.acceptedAs() : row.suggestion().rule();
        editor.open(start, schema, edited -> {
            if (row.acceptedAs() != null) {
                replace(row.acceptedAs(), edited);
            } else {
                add(edited);
            }
            row.accept(edited);
        });
    }

    /** Opens the editor on a new rule; applying it appends it to the suite. */
    public void addRule() {
        editor.open(null, schema, this::add);
    }

    /** @param row a rule of the suite to change in the editor */
    public void editRule(RuleRow row) {
        Rule original = draft.get(row.number() - 1);
        editor.open(original, schema, edited -> {
            replace(original, edited);
            suggestions.stream().filter(s -> s.acceptedAs() == original).forEach(s -> s.accept(edited));
        });
    }

    /** @param row a rule to take out of the suite; a proposal it came from counts as rejected */
    public void removeRule(RuleRow row) {
        Rule rule = draft.get(row.number() - 1);
        suggestions.stream().filter(s -> s.acceptedAs() == rule).forEach(SuggestionRow::reject);
        drop(rule);
    }

    private void add(Rule rule) {
        draft.add(rule);
        publish();
    }

    private void replace(Rule original, Rule edited) {
        int index = indexOf(original);
        if (index >= 0) {
            draft.set(index, edited);
            publish();
        }
    }

    private void drop(Rule rule) {
        int index = indexOf(rule);
        if (index >= 0) {
            draft.remove(index);
            publish();
        }
    }

    private int indexOf(Rule rule) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.get(i) == rule) {
                return i;
            }
        }
        return -1;
    }

    private void replaceRules(List<Rule> replacement) {
        draft.clear();
        draft.addAll(replacement);
        publish();
    }

    private void publish() {
        List<RuleRow> rows = new ArrayList<>(draft.size());
        for (int i = 0; i < draft.size(); i++) {
            rows.add(new RuleRow(i + 1, draft.get(i)));
        }
        rules.setAll(rows);
        changed.set(true);
    }

    /** @return the suite's rules, in order */
    public List<Rule> rulesInOrder() {
        return List.copyOf(draft);
    }

    /** @return the suite's rules as table rows */
    public ObservableList<RuleRow> rules() {
        return rules;
    }

    /** @return the proposals and the user's decisions */
    public ObservableList<SuggestionRow> suggestions() {
        return suggestions;
    }

    /** @return true when the rules differ from what was loaded or saved last */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Marks the rules as saved. */
    void markSaved() {
        changed.set(false);
    }

    /** @return true when there is no rule */
    public BooleanBinding emptyProperty() {
        return Bindings.isEmpty(rules);
    }

    /** @return the editor this draft opens */
    public RuleEditorViewModel editor() {
        return editor;
    }
}
