package io.mlworkbench.app.features;

import io.mlworkbench.engine.features.StepSpec;
import java.util.List;
import java.util.Optional;

/**
 * One undoable change to a pipeline's step list. Each edit knows how to apply and revert itself and which step
 * to select afterwards; consecutive changes of the same field merge into one edit, so that undo reverts a whole
 * typed value rather than one character.
 */
sealed interface StepEdit {

    /**
     * @param steps the step list to change
     * @return the index of the step to select afterwards, or -1 for none
     */
    int apply(List<StepSpec> steps);

    /**
     * @param steps the step list to change back
     * @return the index of the step to select afterwards, or -1 for none
     */
    int revert(List<StepSpec> steps);

    /**
     * @param next the edit made right after this one
     * @return one edit doing both, when they can merge
     */
    default Optional<StepEdit> mergeWith(StepEdit next) {
        return Optional.empty();
    }

    /**
     * Adds a step.
     *
     * @param index where
     * @param step the step
     */
    record Add(int index, StepSpec step) implements StepEdit {
        @Override
        public int apply(List<StepSpec> steps) {
            steps.add(index, step);
            return index;
        }

        @Override
        public int revert(List<StepSpec> steps) {
            steps.remove(index);
            return Math.min(index, steps.size() - 1);
        }
    }

    /**
     * Removes a step.
     *
     * @param index which
     * @param step the step removed (to put it back)
     */
    record Remove(int index, StepSpec step) implements StepEdit {
        @Override
        public int apply(List<StepSpec> steps) {
            steps.remove(index);
            return Math.min(index, steps.size() - 1);
        }

        @Override
        public int revert(List<StepSpec> steps) {
            steps.add(index, step);
            return index;
        }
    }

    /**
     * Moves a step to another place.
     *
     * @param from its index before
     * @param to its index after
     */
    record Move(int from, int to) implements StepEdit {
        @Override
        public int apply(List<StepSpec> steps) {
            steps.add(to, steps.remove(from));
            return to;
        }

        @Override
        public int revert(List<StepSpec> steps) {
            steps.add(from, steps.remove(to));
            return from;
        }
    }

    /**
     * Changes one parameter of a step.
     *
     * @param index the step
     * @param parameter the parameter changed
     * @param before the step before
     * @param after the step after
     */
    record Change(int index, String parameter, StepSpec before, StepSpec after) implements StepEdit {
        @Override
        public int apply(List<StepSpec> steps) {
            steps.set(index, after);
            return index;
        }

        @Override
        public int revert(List<StepSpec> steps) {
            steps.set(index, before);
            return index;
        }

        @Override
        public Optional<StepEdit> mergeWith(StepEdit next) {
            if (next instanceof Change c && c.index == index && c.parameter.equals(parameter)) {
                return Optional.of(new Change(index, parameter, before, c.after));
            }
            return Optional.empty();
        }
    }

    /**
     * Replaces every step at once, e.g. when a feature set is loaded into the editor.
     *
     * @param before the steps before
     * @param after the steps after
     */
    record ReplaceAll(List<StepSpec> before, List<StepSpec> after) implements StepEdit {
        /** Copies the lists. */
        public ReplaceAll {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public int apply(List<StepSpec> steps) {
            steps.clear();
            steps.addAll(after);
            return after.isEmpty() ? -1 : 0;
        }

        @Override
        public int revert(List<StepSpec> steps) {
            steps.clear();
            steps.addAll(before);
            return before.isEmpty() ? -1 : 0;
        }
    }
}
