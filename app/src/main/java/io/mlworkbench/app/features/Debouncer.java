package io.mlworkbench.app.features;

/**
 * Runs an action once things have been quiet for a moment: of several actions submitted in quick succession, only
 * the last runs. The app waits a fraction of a second ({@link FxDebouncer}); tests run each action at once
 * ({@link #immediate()}).
 */
@FunctionalInterface
public interface Debouncer {

    /**
     * @param action what to run (on the UI thread) unless another action is submitted before it is due
     */
    void submit(Runnable action);

    /** @return a debouncer that runs every action at once, for tests */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
