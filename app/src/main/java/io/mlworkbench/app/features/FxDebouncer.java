package io.mlworkbench.app.features;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the JavaFX thread: an action runs when no other was submitted for a given delay. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending = () -> { };

    /** @param delay how long things must be quiet */
    public FxDebouncer(Duration delay) {
        this.pause = new PauseTransition(delay);
        pause.setOnFinished(event -> pending.run());
    }

    @Override
    public void submit(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
