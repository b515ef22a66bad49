package io.mlworkbench.app.shell;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One entry of the sidebar: which step, its title, and — updated by the step's view model — its state and
 * what it is working on (e.g. "dataset churn v3").
 */
public final class NavigationEntry {

    private final LifecycleStep step;
    private final String title;
    private final ObjectProperty<StepState> state = new SimpleObjectProperty<>(StepState.NOT_STARTED);
    private final StringProperty subject = new SimpleStringProperty("");
    private Runnable shower = () -> { };

    /**
     * @param step the step's place in the lifecycle
     * @param title the title shown in the sidebar
     */
    public NavigationEntry(LifecycleStep step, String title) {
        this.step = Objects.requireNonNull(step);
        this.title = Objects.requireNonNull(title);
    }

    /** @return the step's place in the lifecycle */
    public LifecycleStep step() {
        return step;
    }

    /** @return the title shown in the sidebar */
    public String title() {
        return title;
    }

    /** @return the step's state */
    public ObjectProperty<StepState> stateProperty() {
        return state;
    }

    /** @return what the step works on, empty when nothing */
    public StringProperty subjectProperty() {
        return subject;
    }

    /** Brings this step to the front, e.g. when another step's "next" action leads here. */
    public void show() {
        shower.run();
    }

    /** @param action what {@link #show()} does: the main window selects this entry */
    void onShow(Runnable action) {
        this.shower = action;
    }

    @Override
    public String toString() {
        return title;
    }
}
