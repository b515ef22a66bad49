package io.mlworkbench.app.features;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.features.PipelineDefinition;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.features.step.StepType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The step list of the Features step: add (from the catalogue), remove, reorder and edit steps, each edit
 * undoable; the selected step's form generated from its declarations; errors on the offending step and field,
 * from the declarations, from the columns known before each step, and from the last preview's fitting.
 */
public final class PipelineEditorViewModel {

    private final StepCatalog catalog;
    private final StepDiagnostics diagnostics;
    private final EditHistory history = new EditHistory();
    private final ObservableList<StepItem> items = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObservableList<ParameterField> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final List<Runnable> changeListeners = new ArrayList<>();
    private StepForm form;
    private boolean formEditing;

    /**
     * @param catalog the step types offered
     * @param messages the editor's error texts
     */
    public PipelineEditorViewModel(StepCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.diagnostics = new StepDiagnostics(messages);
        history.steps().addListener((ListChangeListener<StepSpec>) change -> stepsChanged());
        selected.addListener((observable, before, now) -> {
            history.seal();
            refresh();
        });
    }

    /** @return the step types the "add step" menu offers, with their titles and descriptions */
    public List<StepType> stepTypes() {
        return catalog.all();
    }

    /**
     * Adds a step with default settings after the selected one (at the end when none is selected) and selects it.
     *
     * @param kind the step kind, e.g. {@code impute}
     */
    public void addStep(String kind) {
        catalog.find(kind);
        int index = selected.get() < 0 ? history.steps().size() : selected.get() + 1;
        selected.set(history.perform(new StepEdit.Add(index, new StepSpec(kind, Map.of()))));
    }

    /** Removes the selected step. */
    public void removeSelected() {
        int index = selected.get();
        if (index >= 0) {
            selected.set(history.perform(new StepEdit.Remove(index, history.steps().get(index))));
        }
    }

    /**
     * Moves the selected step up or down.
     *
     * @param delta -1 for up, +1 for down
     */
    public void moveSelected(int delta) {
        move(selected.get(), selected.get() + delta);
    }

    /**
     * Moves a step to another position (drag and drop) and selects it.
     *
     * @param from its position
     * @param to its new position
     */
    public void move(int from, int to) {
        int size = history.steps().size();
        if (from >= 0 && from < size && to >= 0 && to < size && from != to) {
            selected.set(history.perform(new StepEdit.Move(from, to)));
        }
    }

    /** Undoes the last step edit. */
    public void undo() {
        select(history.undo());
    }

    /** Redoes the last undone step edit. */
    public void redo() {
        select(history.redo());
    }

    /**
     * Replaces every step (undoable), e.g. with a feature set's steps.
     *
     * @param steps the new steps
     */
    public void replaceSteps(List<StepSpec> steps) {
        select(history.perform(new StepEdit.ReplaceAll(history.steps(), steps)));
    }

    /**
     * Starts over with the given steps and an empty history.
     *
     * @param steps the steps
     */
    void reset(List<StepSpec> steps) {
        history.reset(steps);
        select(steps.isEmpty() ? -1 : 0);
    }

    private void select(int index) {
        if (index >= 0 || history.steps().isEmpty()) {
            selected.set(index);
        }
        refresh();
    }

    /**
     * @param columns the dataset's columns, or null while none is loaded
     * @param targetColumn the target column, or null
     */
    void setInput(List<String> columns, String targetColumn) {
        diagnostics.setInput(columns, targetColumn);
        refresh();
    }

    /**
     * @param result a preview
     * @param steps the steps it was computed for
     */
    void showPreview(PipelinePreview result, List<StepSpec> steps) {
        diagnostics.setPreview(result, steps);
        refresh();
    }

    /** @param listener told after every change of the steps */
    void onStepsChanged(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changeParameter(String name, Object raw) {
        int index = form.index();
        StepSpec before = history.steps().get(index);
        Map<String, Object> params = new LinkedHashMap<>(before.params());
        if (raw == null) {
            params.remove(name);
        } else {
            form.type().parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                    .ifPresent(p -> params.put(name, StepChecks.typed(p, raw)));
        }
        StepSpec after = new StepSpec(before.kind(), params);
        if (!after.equals(before)) {
            formEditing = true;
            try {
                history.perform(new StepEdit.Change(index, name, before, after));
            } finally {
                formEditing = false;
            }
        }
    }

    private void stepsChanged() {
        if (selected.get() >= history.steps().size()) {
            selected.set(history.steps().size() - 1);
        }
        refresh();
        changeListeners.forEach(Runnable::run);
    }

    private void refresh() {
        syncForm();
        List<StepItem> rows = new ArrayList<>();
        boolean allValid = true;
        for (int i = 0; i < history.steps().size(); i++) {
            StepSpec step = history.steps().get(i);
            StepType type = catalog.find(step.kind());
            StepDiagnostics.Problems problems = diagnostics.problems(history.steps(), i, type);
            if (form != null && form.index() == i) {
                form.showErrors(problems.fields());
                formError.set(problems.fields().isEmpty() ? problems.step() : "");
            }
            allValid &= problems.step().isEmpty();
            rows.add(new StepItem(i + 1, step.kind(), type.title(), StepSummary.of(type, step), problems.step()));
        }
        if (form == null) {
            formError.set("");
        }
        items.setAll(rows);
        valid.set(allValid);
    }

    private void syncForm() {
        int index = selected.get();
        if (index < 0 || index >= history.steps().size()) {
            form = null;
            fields.clear();
            formTitle.set("");
            formDescription.set("");
            return;
        }
        StepSpec step = history.steps().get(index);
        List<String> columns = diagnostics.columnsBefore(history.steps(), index);
        if (form == null || form.index() != index || !form.type().kind().equals(step.kind())) {
            StepType type = catalog.find(step.kind());
            form = new StepForm(type, index, this::changeParameter);
            form.offerColumns(columns);
            form.load(step);
            fields.setAll(form.fields());
            formTitle.set(type.title());
            formDescription.set(type.description());
        } else {
            form.offerColumns(columns);
            if (!formEditing) {
                form.load(step);
            }
        }
    }

    /**
     * @param targetColumn the target column
     * @return the pipeline as now edited
     */
    public PipelineDefinition definition(String targetColumn) {
        return PipelineDefinition.of(targetColumn, history.steps());
    }

    /** @return the first column the selected step reads (what its distribution preview should show) */
    Optional<String> selectedStepColumn() {
        if (form == null) {
            return Optional.empty();
        }
        return form.fields().stream().filter(ParameterField::namesColumns).map(ParameterField::value)
                .filter(Objects::nonNull).map(v -> v instanceof List<?> list ? list.get(0) : v).map(Object::toString)
                .findFirst();
    }

    /** @return the steps, in order (read only: change them through this view model) */
    public ObservableList<StepSpec> steps() {
        return FXCollections.unmodifiableObservableList(history.steps());
    }

    /** @return one row per step, with its summary and error */
    public ObservableList<StepItem> items() {
        return items;
    }

    /** @return the index of the selected step, -1 for none */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** @return the selected step's form fields, generated from its declarations */
    public ObservableList<ParameterField> fields() {
        return fields;
    }

    /** @return the selected step's title */
    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    /** @return what the selected step does */
    public ReadOnlyStringProperty formDescriptionProperty() {
        return formDescription.getReadOnlyProperty();
    }

    /** @return the selected step's problem that is about no single field, empty when none */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** @return true when no step has a problem */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** @return true when there is an edit to undo */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    /** @return true when there is an undone edit to redo */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }
}
