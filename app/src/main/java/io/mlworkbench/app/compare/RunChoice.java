package io.mlworkbench.app.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A finished run the user can tick for comparison. */
public final class RunChoice {

    private final long runId;
    private final String experiment;
    private final String algorithm;
    private final String algorithmName;
    private final String primary;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    /**
     * @param runId the run id
     * @param experiment its experiment's name
     * @param algorithm the algorithm id
     * @param algorithmName the algorithm's name shown to users
     * @param primary its primary test metric, as text
     */
    public RunChoice(long runId, String experiment, String algorithm, String algorithmName, String primary) {
        this.runId = runId;
        this.experiment = experiment;
        this.algorithm = algorithm;
        this.algorithmName = algorithmName;
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

    /** @return the algorithm's name shown to users, e.g. {@code Random forest} */
    public String algorithmName() {
        return algorithmName;
    }

    /**
     * @param filter words typed by the user; empty matches every run
     * @return whether every word occurs (ignoring case) in the run id, experiment, algorithm or metric
     */
    public boolean matches(String filter) {
        String haystack = (runId + " " + experiment + " " + algorithm + " " + algorithmName + " " + primary)
                .toLowerCase(java.util.Locale.ROOT);
        for (String word : filter.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** @return the primary test metric, as text */
    public String primary() {
        return primary;
    }

    /** @return the short name used in tables and legends, e.g. {@code #12 Random forest} */
    public String label() {
        return "#" + runId + " " + algorithmName;
    }

    /** @return the label with where the run came from, e.g. {@code #12 Random forest · adult@v1 … · roc_auc 0.91} */
    public String description() {
        return label() + " \u00b7 " + experiment + (primary.isEmpty() ? "" : " \u00b7 " + primary);
    }

    /**
     * @return a model name suggested by the experiment: its table's name and target, e.g. {@code adult-income}
     *     for {@code adult@v1 (32,561 rows × 15 columns) → income}; only letters, digits, '.', '_' and '-'
     */
    public String suggestedModelName() {
        int at = experiment.indexOf('@');
        String table = at > 0 ? experiment.substring(0, at) : experiment;
        int arrow = experiment.lastIndexOf('\u2192');
        String target = arrow >= 0 ? experiment.substring(arrow + 1).strip() : "";
        String name = (target.isEmpty() ? table : table + "-" + target).strip()
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** @return whether the run is ticked */
    public BooleanProperty selectedProperty() {
        return selected;
    }
}
