package io.mlworkbench.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.features.ParameterField.Editor;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.features.step.StepType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PipelineEditorViewModelTest {

    private static final List<String> COLUMNS = List.of("tenure", "charges", "contract", "churn");

    private final PipelineEditorViewModel editor = new PipelineEditorViewModel(StepCatalog.standard(),
            Messages.load(Locale.ENGLISH));

    @BeforeEach
    void input() {
        editor.setInput(COLUMNS, "churn");
    }

    private ParameterField field(String name) {
        return editor.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> kinds() {
        return editor.steps().stream().map(StepSpec::kind).toList();
    }

    @Test
    void addsAStepAfterTheSelectedOneAndSelectsIt() {
        editor.addStep("impute");
        editor.addStep("scale");
        editor.selectedProperty().set(0);
        editor.addStep("derive");
        assertThat(kinds()).containsExactly("impute", "derive", "scale");
        assertThat(editor.selectedProperty().get()).isEqualTo(1);
        assertThat(editor.formTitleProperty().get()).isEqualTo("Derived column");
        assertThat(editor.items()).extracting(StepItem::number).containsExactly(1, 2, 3);
    }

    @Test
    void buildsTheFormFromTheStepsDeclaration() {
        editor.addStep("impute");
        assertThat(editor.fields()).extracting(ParameterField::name)
                .containsExactly("columns", "strategy", "fill_value", "add_indicator");
        assertThat(editor.fields()).extracting(ParameterField::editor)
                .containsExactly(Editor.COLUMNS, Editor.CHOICE, Editor.TEXT, Editor.CHECK);
        assertThat(field("strategy").options()).containsExactly("mean", "median", "most_frequent", "constant");
        assertThat(field("strategy").textProperty().get()).isEqualTo("mean");
        assertThat(field("columns").options()).containsExactly("tenure", "charges", "contract");
        assertThat(field("add_indicator").label()).isEqualTo("Add indicator");
        assertThat(field("columns").isRequired()).isTrue();
    }

    @Test
    void everyStepTypeGetsOneFieldPerDeclaredParameter() {
        for (StepType type : editor.stepTypes()) {
            editor.addStep(type.kind());
            assertThat(editor.fields()).as(type.kind()).extracting(ParameterField::name)
                    .containsExactlyElementsOf(type.parameters().stream().map(ParameterSpec::name).toList());
            assertThat(editor.formDescriptionProperty().get()).isEqualTo(type.description());
        }
        assertThat(editor.steps()).hasSize(editor.stepTypes().size());
    }

    @Test
    void fieldEditsChangeTheStepWithTypedValues() {
        editor.addStep("one_hot");
        field("columns").selection().setAll("contract");
        field("top_k").textProperty().set("5");
        field("other").checkedProperty().set(false);
        assertThat(editor.steps().get(0).params())
                .isEqualTo(Map.of("columns", List.of("contract"), "top_k", 5, "other", false));
        assertThat(editor.items().get(0).summary()).isEqualTo("contract \u00b7 5");
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void showsErrorsOnTheOffendingStepAndField() {
        editor.addStep("impute");
        assertThat(field("columns").errorProperty().get()).contains("parameter 'columns' is required");
        assertThat(editor.items().get(0).hasError()).isTrue();
        field("columns").selection().setAll("charges");
        editor.addStep("one_hot");
        field("columns").selection().setAll("contract");
        field("top_k").textProperty().set("0");

        assertThat(field("top_k").errorProperty().get()).isEqualTo("parameter 'top_k' must be between 1 and 1000, got 0");
        assertThat(field("columns").errorProperty().get()).isEmpty();
        assertThat(editor.items()).extracting(StepItem::hasError).containsExactly(false, true);
        assertThat(editor.validProperty().get()).isFalse();
    }

    @Test
    void refusesTheTargetAndColumnsThatDoNotExist() {
        editor.addStep("scale");
        field("columns").selection().setAll("churn");
        assertThat(field("columns").errorProperty().get()).contains("'churn' is the target");
        field("columns").selection().setAll("nope");
        assertThat(field("columns").errorProperty().get()).isEqualTo("There is no column 'nope' before this step.");
    }

    @Test
    void removesAndReordersSteps() {
        editor.addStep("impute");
        editor.addStep("scale");
        editor.addStep("drop");
        editor.moveSelected(-1);
        assertThat(kinds()).containsExactly("impute", "drop", "scale");
        assertThat(editor.selectedProperty().get()).isEqualTo(1);
        editor.move(0, 2);
        assertThat(kinds()).containsExactly("drop", "scale", "impute");
        editor.moveSelected(1);
        assertThat(kinds()).containsExactly("drop", "scale", "impute");
        editor.selectedProperty().set(1);
        editor.removeSelected();
        assertThat(kinds()).containsExactly("drop", "impute");
        assertThat(editor.formTitleProperty().get()).isEqualTo("Impute missing values");
    }

    @Test
    void undoesAndRedoesEveryKindOfEdit() {
        editor.addStep("impute");
        field("columns").selection().setAll("charges");
        editor.addStep("scale");
        editor.moveSelected(-1);
        editor.removeSelected();
        assertThat(kinds()).containsExactly("impute");

        editor.undo();
        assertThat(kinds()).containsExactly("scale", "impute");
        editor.undo();
        assertThat(kinds()).containsExactly("impute", "scale");
        editor.undo();
        assertThat(kinds()).containsExactly("impute");
        editor.undo();
        assertThat(editor.steps().get(0).params()).isEmpty();
        editor.undo();
        assertThat(editor.steps()).isEmpty();
        assertThat(editor.canUndoProperty().get()).isFalse();

        editor.redo();
        editor.redo();
        assertThat(editor.steps()).containsExactly(StepSpec.of("impute", "columns", List.of("charges")));
        assertThat(field("columns").selection()).containsExactly("charges");
        assertThat(editor.canRedoProperty().get()).isTrue();
    }

    @Test
    void typingIntoOneFieldIsOneUndoStep() {
        editor.addStep("derive");
        field("name").textProperty().set("r");
        field("name").textProperty().set("ra");
        field("name").textProperty().set("ratio");
        field("expression").textProperty().set("charges / (tenure + 1)");
        editor.undo();
        assertThat(field("expression").textProperty().get()).isEmpty();
        assertThat(field("name").textProperty().get()).isEqualTo("ratio");
        editor.undo();
        assertThat(field("name").textProperty().get()).isEmpty();
        assertThat(editor.steps()).containsExactly(new StepSpec("derive", Map.of()));
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoHistory() {
        editor.addStep("impute");
        editor.addStep("scale");
        editor.undo();
        assertThat(editor.canRedoProperty().get()).isTrue();
        editor.addStep("drop");
        assertThat(editor.canRedoProperty().get()).isFalse();
        assertThat(kinds()).containsExactly("impute", "drop");
    }

    @Test
    void replacingAllStepsIsUndoable() {
        editor.addStep("impute");
        editor.replaceSteps(List.of(StepSpec.of("scale", "columns", List.of("tenure")), StepSpec.of("drop")));
        assertThat(kinds()).containsExactly("scale", "drop");
        assertThat(editor.selectedProperty().get()).isZero();
        editor.undo();
        assertThat(kinds()).containsExactly("impute");
    }
}
