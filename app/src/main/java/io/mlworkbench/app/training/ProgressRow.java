package io.mlworkbench.app.training;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One model (or one tuning search) of a training batch as it runs: its name, what it is doing, how far it is,
 * and whether the user asked it to stop. Cancelling a row stops that model only; the batch goes on.
 */
public final class ProgressRow {

    private final String name;
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private volatile boolean cancelRequested;

    /**
     * @param name the algorithm's name (with "tuning" when it is tuned)
     * @param status the first status text
     */
    public ProgressRow(String name, String status) {
        this.name = name;
        this.status.set(status);
    }

    /** @return the algorithm's name */
    public String name() {
        return name;
    }

    /** @return what the model is doing, or how it ended */
    public StringProperty statusProperty() {
        return status;
    }

    /** @return 0 to 1, or -1 while unknown */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** @return true until the model finished, failed or was cancelled */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Asks this model to stop at its next checkpoint. Safe from any thread. */
    public void cancel() {
        cancelRequested = true;
    }

    /** @return true once {@link #cancel()} was called */
    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /**
     * Marks the row as ended.
     *
     * @param finalStatus how it ended
     */
    void end(String finalStatus) {
        status.set(finalStatus);
        running.set(false);
        progress.set(1);
    }
}
