package io.mlworkbench.app.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A finished run the user can tick for comparison. */
public final class RunChoice {

    private final long runId;
    private final String experiment;
    private final String algorithm;
    private final String primary;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    /**
     * @param runId the run id
     * @param experiment its experiment's name
     * @param algorithm the algorithm id
     * @param primary its primary test metric, as text
     */
    public RunChoice(long runId, String experiment, String algorithm, String primary) {
        this.runId = runId;
        this.experiment = experiment;
        this.algorithm = algorithm;
        this.primary = primary;
    }

    /** @return the run id */
    public long runId() {
        return runId;
    }

    /** @return the experiment's name */
    public String experiment() {
        return experiment;
    }

    /** @return the algorithm id */
    public String algorithm() {
        return algorithm;
    }

    /** @return the primary test metric, as text */
    public String primary() {
        return primary;
    }

    /** @return the short name used in tables and legends, e.g. {@code #12 random_forest} */
    public String label() {
        return "#" + runId + " " + algorithm;
    }

    /** @return whether the run is ticked */
    public BooleanProperty selectedProperty() {
        return selected;
    }
}
