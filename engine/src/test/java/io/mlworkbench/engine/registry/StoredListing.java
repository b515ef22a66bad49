package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.store.RegistryDatabase;
import java.util.Optional;

/** Reads the listing columns (schema V3) of a {@code model_version} row as they are stored, for tests. */
public final class StoredListing {

    private StoredListing() {
    }

    /**
     * @param db a registry
     * @param versionId a version's row id
     * @return the stored algorithm and test metric; a null algorithm reads as empty text
     */
    public static VersionListing of(RegistryDatabase db, long versionId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT algorithm, test_metric_name, test_metric_value"
                        + " FROM model_version WHERE id = :id").bind("id", versionId)
                .map((rs, ctx) -> {
                    String metric = rs.getString(2);
                    double value = rs.getDouble(3);
                    return new VersionListing(rs.getString(1) == null ? "" : rs.getString(1),
                            metric == null ? Optional.empty() : Optional.of(new MetricValue(metric, value)));
                }).one());
    }
}
