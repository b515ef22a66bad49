package io.mlworkbench.app.features;

import io.mlworkbench.engine.features.StepSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pipeline's step list and its undo/redo stacks: every change goes through {@link #perform}, so that
 * {@link #undo} and {@link #redo} can walk back and forth. A new change after an undo drops the redo stack.
 */
final class EditHistory {

    /** How many edits are remembered. */
    static final int LIMIT = 200;

    private final ObservableList<StepSpec> steps = FXCollections.observableArrayList();
    private final Deque<StepEdit> undo = new ArrayDeque<>();
    private final Deque<StepEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private boolean mergeable;

    /** @return the steps, in pipeline order (read them; change them only through {@link #perform}) */
    ObservableList<StepSpec> steps() {
        return steps;
    }

    /**
     * Applies an edit and remembers it. A {@link StepEdit.Change} right after a change of the same field merges
     * with it, unless {@link #seal()} was called in between.
     *
     * @param edit the edit
     * @return the index of the step to select
     */
    int perform(StepEdit edit) {
        StepEdit remembered = edit;
        if (mergeable && !undo.isEmpty()) {
            Optional<StepEdit> merged = undo.peek().mergeWith(edit);
            if (merged.isPresent()) {
                undo.pop();
                remembered = merged.get();
            }
        }
        int selected = edit.apply(steps);
        undo.push(remembered);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        mergeable = true;
        update();
        return selected;
    }

    /** Ends the current run of merging changes: the next change becomes its own undo step. */
    void seal() {
        mergeable = false;
    }

    /** @return the index of the step to select, or -1; nothing happens when there is nothing to undo */
    int undo() {
        if (undo.isEmpty()) {
            return -1;
        }
        StepEdit edit = undo.pop();
        int selected = edit.revert(steps);
        redo.push(edit);
        mergeable = false;
        update();
        return selected;
    }

    /** @return the index of the step to select, or -1; nothing happens when there is nothing to redo */
    int redo() {
        if (redo.isEmpty()) {
            return -1;
        }
        StepEdit edit = redo.pop();
        int selected = edit.apply(steps);
        undo.push(edit);
        mergeable = false;
        update();
        return selected;
    }

    /**
     * Starts over with the given steps and no history (a new dataset, a saved set loaded).
     *
     * @param initial the steps
     */
    void reset(List<StepSpec> initial) {
        steps.setAll(initial);
        undo.clear();
        redo.clear();
        mergeable = false;
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    /** @return true when there is an edit to undo */
    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** @return true when there is an undone edit to redo */
    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
