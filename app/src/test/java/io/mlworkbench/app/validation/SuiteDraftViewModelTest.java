package io.mlworkbench.app.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.profile.DatasetProfiler;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.Rule;
import io.mlworkbench.engine.validation.SuiteSuggester;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuiteDraftViewModelTest {

    private final RuleEditorViewModel editor = new RuleEditorViewModel(StandardExpectations.catalog());
    private final SuiteDraftViewModel draft = new SuiteDraftViewModel(editor);
    private final Table table = PeopleTable.create();

    @BeforeEach
    void suggest() {
        draft.reset(table.schema());
        draft.propose(new SuiteSuggester().suggest(new DatasetProfiler().profile(table)));
    }

    private SuggestionRow suggestion(String expectation, String column) {
        return draft.suggestions().stream()
                .filter(s -> s.suggestion().rule().expectationType().equals(expectation) && s.column().equals(column))
                .findFirst().orElseThrow();
    }

    @Test
    void showsEachSuggestionWithItsReasonUndecided() {
        assertThat(draft.suggestions()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.reason()).isNotBlank();
            assertThat(s.decisionProperty().get()).isEqualTo(SuggestionRow.Decision.PENDING);
        });
        assertThat(draft.rules()).isEmpty();
    }

    @Test
    void acceptingAddsTheProposedRuleOnce() {
        SuggestionRow unique = suggestion(ExpectationNames.UNIQUE, "id");
        draft.accept(unique);
        draft.accept(unique);

        assertThat(draft.rules()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(1);
            assertThat(row.rule()).isEqualTo(unique.suggestion().rule());
            assertThat(row.notes()).isEqualTo(unique.reason());
        });
        assertThat(unique.decisionProperty().get()).isEqualTo(SuggestionRow.Decision.ACCEPTED);
        assertThat(draft.changedProperty().get()).isTrue();
    }

    @Test
    void rejectingAnAcceptedSuggestionTakesItsRuleOut() {
        SuggestionRow unique = suggestion(ExpectationNames.UNIQUE, "id");
        draft.accept(unique);
        draft.reject(unique);
        assertThat(draft.rules()).isEmpty();
        assertThat(unique.decisionProperty().get()).isEqualTo(SuggestionRow.Decision.REJECTED);
    }

    @Test
    void acceptAllTakesOnlyUndecidedSuggestions() {
        SuggestionRow rejected = draft.suggestions().get(0);
        draft.reject(rejected);
        draft.acceptAllPending();
        assertThat(draft.rules()).hasSize(draft.suggestions().size() - 1);
        assertThat(draft.rulesInOrder()).doesNotContain(rejected.suggestion().rule());
    }

    @Test
    void editingASuggestionAddsTheEditedRule() {
        SuggestionRow notNull = suggestion(ExpectationNames.NOT_NULL, "age");
        draft.edit(notNull);
        assertThat(editor.openProperty().get()).isTrue();
        editor.fields().stream().filter(f -> f.name().equals("mostly")).findFirst().orElseThrow()
                .textProperty().set("0.5");
        editor.apply();

        assertThat(draft.rulesInOrder()).singleElement()
                .satisfies(rule -> assertThat(rule.argument("mostly")).isEqualTo(0.5));
        assertThat(notNull.decisionProperty().get()).isEqualTo(SuggestionRow.Decision.ACCEPTED);
    }

    @Test
    void addsEditsAndRemovesRules() {
        draft.addRule();
        editor.expectationProperty().set(StandardExpectations.catalog().find(ExpectationNames.COLUMN_EXISTS)
                .orElseThrow());
        editor.fields().get(0).textProperty().set("city");
        editor.apply();
        draft.addRule();
        editor.fields().get(0).textProperty().set("age");
        editor.apply();
        assertThat(draft.rules()).extracting(RuleRow::column).containsExactly("city", "age");

        draft.editRule(draft.rules().get(0));
        editor.fields().get(0).textProperty().set("id");
        editor.apply();
        draft.removeRule(draft.rules().get(1));

        assertThat(draft.rules()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(1);
            assertThat(row.rule()).isEqualTo(Rule.of(ExpectationNames.COLUMN_EXISTS, "column", "id"));
        });
    }

    @Test
    void removingARuleMarksItsSuggestionRejected() {
        SuggestionRow unique = suggestion(ExpectationNames.UNIQUE, "id");
        draft.accept(unique);
        draft.removeRule(draft.rules().get(0));
        assertThat(unique.decisionProperty().get()).isEqualTo(SuggestionRow.Decision.REJECTED);
    }

    @Test
    void loadingAStoredVersionReplacesRulesAndSuggestions() {
        draft.load(List.of(Rule.of(ExpectationNames.NOT_NULL, "column", "age")));
        assertThat(draft.suggestions()).isEmpty();
        assertThat(draft.rules()).hasSize(1);
        assertThat(draft.changedProperty().get()).isFalse();
    }
}
