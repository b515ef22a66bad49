package io.mlworkbench.app.validation;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.validation.Expectation;
import io.mlworkbench.engine.validation.ExpectationCatalog;
import io.mlworkbench.engine.validation.InvalidRuleException;
import io.mlworkbench.engine.validation.ParameterSpec;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.Rule;
import io.mlworkbench.engine.validation.TypeNames;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rule editor: pick an expectation, fill in the form generated from its parameter declaration, see each
 * problem on the field at fault. The rule is checked against the catalog and the dataset's schema as the user
 * types; a required field left empty is flagged only once the user tries to apply.
 */
public final class RuleEditorViewModel {

    private final ExpectationCatalog catalog;
    private final ObservableList<Expectation> expectations;
    private final ObjectProperty<Expectation> expectation = new SimpleObjectProperty<>();
    private final ObservableList<ParameterField> fields = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ruleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private DatasetSchema schema = new DatasetSchema(List.of());
    private Consumer<Rule> onApply = rule -> { };
    private boolean applyAttempted;

    /** @param catalog the expectations a rule may use; its declarations make the form */
    public RuleEditorViewModel(ExpectationCatalog catalog) {
        this.catalog = catalog;
        this.expectations = FXCollections.observableArrayList(catalog.all());
        expectation.addListener((observable, before, now) -> rebuildFields(now));
        notes.addListener((observable, before, now) -> check());
    }

    /**
     * Opens the editor on a rule, or on a new one.
     *
     * @param rule the rule to edit, or null for a new rule
     * @param dataSchema the schema of the dataset the suite is for: column choices and column checks
     * @param whenApplied receives the edited rule when the user applies it
     */
    public void open(Rule rule, DatasetSchema dataSchema, Consumer<Rule> whenApplied) {
        this.schema = dataSchema;
        this.onApply = whenApplied;
        this.applyAttempted = false;
        Expectation chosen = rule == null ? expectations.get(0)
                : catalog.find(rule.expectationType()).orElse(expectations.get(0));
        expectation.set(null);
        expectation.set(chosen);
        if (rule != null) {
            for (ParameterField field : fields) {
                field.textProperty().set(ParameterText.format(rule.argument(field.name())));
            }
            notes.set(rule.notes());
        } else {
            notes.set("");
        }
        open.set(true);
        check();
    }

    /**
     * Checks the form; when the rule is valid, hands it on and closes the editor.
     *
     * @return true when the rule was applied
     */
    public boolean apply() {
        applyAttempted = true;
        Optional<Rule> rule = check();
        if (rule.isEmpty()) {
            return false;
        }
        open.set(false);
        onApply.accept(rule.get());
        return true;
    }

    /** Closes the editor without changing anything. */
    public void cancel() {
        open.set(false);
    }

    /**
     * Checks every field and the rule as a whole, putting each problem on its field.
     *
     * @return the rule when it is valid
     */
    Optional<Rule> check() {
        Expectation chosen = expectation.get();
        ruleError.set("");
        fields.forEach(f -> f.setError(""));
        if (chosen == null) {
            valid.set(false);
            return Optional.empty();
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        boolean parsed = true;
        for (ParameterField field : fields) {
            try {
                Object value = ParameterText.parse(field.textProperty().get(), field.spec().type(), numericColumn());
                if (value != null) {
                    arguments.put(field.name(), value);
                }
            } catch (IllegalArgumentException e) {
                field.setError(e.getMessage());
                parsed = false;
            }
        }
        Optional<Rule> rule = parsed ? checkRule(chosen, arguments) : Optional.empty();
        valid.set(rule.isPresent());
        return rule;
    }

    private Optional<Rule> checkRule(Expectation chosen, Map<String, Object> arguments) {
        try {
            Rule rule = new Rule(chosen.type(), arguments, notes.get());
            if (schema.size() > 0) {
                catalog.checkAgainst(List.of(rule), schema);
            } else {
                catalog.check(1, rule);
            }
            return Optional.of(rule);
        } catch (InvalidRuleException e) {
            Optional<ParameterField> field = fields.stream().filter(f -> f.name().equals(e.parameter())).findFirst();
            boolean untouchedAndEmpty = field.isPresent() && field.get().textProperty().get().isBlank();
            if (field.isPresent() && (applyAttempted || !untouchedAndEmpty)) {
                field.get().setError(problemOf(e));
            } else if (field.isEmpty()) {
                ruleError.set(e.getMessage());
            }
            return Optional.empty();
        } catch (WorkbenchException e) {
            ruleError.set(e.getMessage());
            return Optional.empty();
        }
    }

    private static String problemOf(InvalidRuleException e) {
        String prefix = "Rule " + e.ruleNumber() + " (" + e.expectationType() + "), parameter '" + e.parameter()
                + "': ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }

    private boolean numericColumn() {
        return fields.stream().filter(f -> f.spec().type() == ParameterType.COLUMN).findFirst()
                .flatMap(f -> schema.find(f.textProperty().get().strip()))
                .map(ColumnSchema::type).map(type -> type.isNumericStorage()).orElse(false);
    }

    private void rebuildFields(Expectation chosen) {
        Map<String, String> typed = new HashMap<>();
        fields.forEach(f -> typed.put(f.name(), f.textProperty().get()));
        if (chosen == null) {
            fields.clear();
            description.set("");
            return;
        }
        List<ParameterField> rebuilt = chosen.parameters().stream().map(spec -> {
            ParameterField field = new ParameterField(spec, choicesFor(spec));
            field.textProperty().set(typed.getOrDefault(spec.name(), ""));
            field.textProperty().addListener((observable, before, now) -> check());
            return field;
        }).toList();
        fields.setAll(rebuilt);
        description.set(chosen.description());
        check();
    }

    private List<String> choicesFor(ParameterSpec spec) {
        return switch (spec.type()) {
            case COLUMN -> schema.names();
            case TYPE_NAME -> TypeNames.names();
            case BOOLEAN -> List.of("", "true", "false");
            default -> List.of();
        };
    }

    /** @return the expectations to choose from, most used first */
    public ObservableList<Expectation> expectations() {
        return expectations;
    }

    /** @return the chosen expectation; changing it rebuilds the form, keeping values of same-named fields */
    public ObjectProperty<Expectation> expectationProperty() {
        return expectation;
    }

    /** @return the form's fields, one per declared parameter, in declaration order */
    public ObservableList<ParameterField> fields() {
        return fields;
    }

    /** @return why the rule exists (kept with it) */
    public StringProperty notesProperty() {
        return notes;
    }

    /** @return what the chosen expectation checks */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** @return a problem with the rule that no single field owns, empty when none */
    public ReadOnlyStringProperty ruleErrorProperty() {
        return ruleError.getReadOnlyProperty();
    }

    /** @return true when the form holds a valid rule */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** @return true while the editor is shown */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }
}
