package io.mlworkbench.app.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.validation.Expectation;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.Rule;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuleEditorViewModelTest {

    private final RuleEditorViewModel editor = new RuleEditorViewModel(StandardExpectations.catalog());
    private final DatasetSchema schema = PeopleTable.create().schema();
    private final List<Rule> applied = new ArrayList<>();

    @BeforeEach
    void openNewRule() {
        editor.open(null, schema, applied::add);
    }

    private void choose(String type) {
        Expectation expectation = editor.expectations().stream().filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow();
        editor.expectationProperty().set(expectation);
    }

    private ParameterField field(String name) {
        return editor.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void buildsTheFormFromTheParameterDeclaration() {
        choose(ExpectationNames.VALUES_BETWEEN);
        assertThat(editor.fields()).extracting(ParameterField::name)
                .containsExactly("column", "min_value", "max_value", "strict_min", "strict_max", "mostly");
        assertThat(field("column").choices()).containsExactly("id", "age", "city");
        assertThat(field("column").isRequired()).isTrue();
        assertThat(field("mostly").prompt()).isEqualTo("1");
        assertThat(field("strict_min").choices()).containsExactly("", "true", "false");
        assertThat(editor.descriptionProperty().get()).contains("min_value");
    }

    @Test
    void appliesAValidRule() {
        choose(ExpectationNames.VALUES_BETWEEN);
        field("column").textProperty().set("age");
        field("min_value").textProperty().set("0");
        field("max_value").textProperty().set("120");
        field("mostly").textProperty().set("0.95");

        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.apply()).isTrue();
        assertThat(applied).containsExactly(Rule.of(ExpectationNames.VALUES_BETWEEN, "column", "age", "mostly", 0.95,
                "min_value", 0L, "max_value", 120L));
        assertThat(editor.openProperty().get()).isFalse();
    }

    @Test
    void showsAnUnparsableNumberOnItsField() {
        choose(ExpectationNames.VALUES_BETWEEN);
        field("column").textProperty().set("age");
        field("mostly").textProperty().set("most");

        assertThat(field("mostly").errorProperty().get()).isEqualTo("expected a number from 0 to 1, got \"most\"");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.apply()).isFalse();
        assertThat(applied).isEmpty();
    }

    @Test
    void showsTheEngineCrossCheckOnTheOffendingField() {
        choose(ExpectationNames.VALUES_BETWEEN);
        field("column").textProperty().set("age");
        field("min_value").textProperty().set("100");
        field("max_value").textProperty().set("10");

        assertThat(field("min_value").errorProperty().get()).contains("100").contains("10");
        assertThat(field("column").errorProperty().get()).isEmpty();
    }

    @Test
    void flagsAColumnTheDatasetDoesNotHave() {
        choose(ExpectationNames.NOT_NULL);
        field("column").textProperty().set("salary");
        assertThat(field("column").errorProperty().get()).contains("no column 'salary'").contains("[id, age, city]");
    }

    @Test
    void flagsARequiredEmptyFieldOnlyOnceTheUserTriesToApply() {
        choose(ExpectationNames.IN_SET);
        assertThat(field("column").errorProperty().get()).isEmpty();
        assertThat(editor.apply()).isFalse();
        assertThat(field("column").errorProperty().get()).startsWith("is required");
    }

    @Test
    void keepsTypedValuesOfSameNamedFieldsWhenTheExpectationChanges() {
        choose(ExpectationNames.NOT_NULL);
        field("column").textProperty().set("city");
        choose(ExpectationNames.IN_SET);
        assertThat(field("column").textProperty().get()).isEqualTo("city");
    }

    @Test
    void readsValueListsAsNumbersForNumericColumnsAndAsTextOtherwise() {
        choose(ExpectationNames.IN_SET);
        field("column").textProperty().set("city");
        field("value_set").textProperty().set("Oslo, \"Lima, Peru\", 7");
        editor.apply();

        editor.open(null, schema, applied::add);
        choose(ExpectationNames.IN_SET);
        field("column").textProperty().set("age");
        field("value_set").textProperty().set("28, 34");
        editor.apply();

        assertThat(applied).extracting(r -> r.argument("value_set"))
                .containsExactly(List.of("Oslo", "Lima, Peru", "7"), List.of(28L, 34L));
    }

    @Test
    void editingFillsTheFormFromTheRuleAndKeepsItsNotes() {
        Rule rule = Rule.of(ExpectationNames.IN_SET, "column", "city", "value_set", List.of("Oslo", "Lima"))
                .withNotes("3 categories");
        editor.open(rule, schema, applied::add);

        assertThat(editor.expectationProperty().get().type()).isEqualTo(ExpectationNames.IN_SET);
        assertThat(field("value_set").textProperty().get()).isEqualTo("Oslo, Lima");
        assertThat(editor.notesProperty().get()).isEqualTo("3 categories");
        field("value_set").textProperty().set("Oslo, Lima, Pune");
        editor.apply();
        assertThat(applied).singleElement().satisfies(r -> {
            assertThat(r.argument("value_set")).isEqualTo(List.of("Oslo", "Lima", "Pune"));
            assertThat(r.notes()).isEqualTo("3 categories");
        });
    }

    @Test
    void cancelLeavesTheRulesUntouched() {
        choose(ExpectationNames.NOT_NULL);
        field("column").textProperty().set("age");
        editor.cancel();
        assertThat(editor.openProperty().get()).isFalse();
        assertThat(applied).isEmpty();
    }
}
