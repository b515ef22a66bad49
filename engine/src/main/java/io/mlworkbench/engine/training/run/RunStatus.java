package io.mlworkbench.engine.training.run;

/** Where a training run stands; stored lower-case in {@code training_run.status}. */
public enum RunStatus {
    /** Training is under way (or the process died during it). */
    RUNNING,
    /** Trained, evaluated and stored. */
    FINISHED,
    /** Stopped by an error; {@link TrainingRun#errorText()} says which. */
    FAILED,
    /** Stopped at the user's request. */
    CANCELLED;

    /** @return the value stored in the database */
    public String dbValue() {
        return name().toLowerCase();
    }

    /**
     * @param value a stored value
     * @return the status
     */
    public static RunStatus fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
