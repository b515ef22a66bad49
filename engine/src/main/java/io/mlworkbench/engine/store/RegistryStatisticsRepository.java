package io.mlworkbench.engine.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Counts of what the registry holds, for the workspace overview. */
public final class RegistryStatisticsRepository {

    /** The tables counted, in the order they are shown: the lifecycle order. */
    static final List<String> COUNTED_TABLES = List.of("project", "dataset", "dataset_version",
            "validation_suite", "feature_pipeline", "experiment", "training_run", "registered_model",
            "model_version", "deployment", "prediction_log", "drift_report", "alert", "audit_log");

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public RegistryStatisticsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** @return row counts by table name, in lifecycle order */
    public Map<String, Long> counts() {
        return jdbi.withHandle(h -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : COUNTED_TABLES) {
                // Table names come from the constant list above, never from input.
                counts.put(table, h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            }
            return counts;
        });
    }
}
