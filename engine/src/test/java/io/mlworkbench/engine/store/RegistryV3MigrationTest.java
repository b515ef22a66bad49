package io.mlworkbench.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.registry.MetricValue;
import io.mlworkbench.engine.registry.StoredListing;
import io.mlworkbench.engine.registry.VersionListing;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a V2 registry to V3 backfills the listing columns of the versions it already holds, by the same rule
 * as registration: the run's algorithm; test {@code roc_auc}, else test {@code r2}, at the highest step.
 */
class RegistryV3MigrationTest {

    private static final String AT = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'";

    @TempDir
    Path temp;

    @Test
    void backfillsAlgorithmAndTestMetricOfExistingVersionsOnH2() {
        Path file = temp.resolve("registry");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file, "sa", "");
        try {
            seedVersionTwoRegistry(pool);
        } finally {
            pool.dispose();
        }
        try (RegistryDatabase db = RegistryDatabase.openH2File(file)) {
            assertBackfilled(db);
        }
    }

    @Test
    void backfillsAlgorithmAndTestMetricOfExistingVersionsOnPostgres() throws Exception {
        try (PostgresTestSchema schema = PostgresTestSchema.createOrSkip()) {
            seedVersionTwoRegistry(schema.dataSource());
            try (RegistryDatabase db = schema.open()) {
                assertBackfilled(db);
            }
        }
    }

    /** Four versions: 1 with roc_auc at two steps and r2, 2 with r2 only, 3 with train metrics only, 4 no run. */
    private static void seedVersionTwoRegistry(DataSource ds) {
        Flyway.configure().dataSource(ds).locations(RegistryDatabase.MIGRATIONS).target("2").load().migrate();
        Jdbi.create(ds).useTransaction(h -> {
            h.execute("INSERT INTO project (id, name, created_by, created_at) VALUES (1, 'p', 'ada', " + AT + ")");
            h.execute("INSERT INTO experiment (id, project_id, name, created_by, created_at)"
                    + " VALUES (1, 1, 'e', 'ada', " + AT + ")");
            h.execute("INSERT INTO registered_model (id, name, created_by, created_at)"
                    + " VALUES (1, 'churn', 'ada', " + AT + ")");
            String[] algorithms = {"logistic-regression", "xgboost", "random-forest"};
            for (int run = 1; run <= 3; run++) {
                h.execute("INSERT INTO training_run (id, experiment_id, status, algorithm, params_json, seed,"
                        + " created_by, started_at, finished_at) VALUES (" + run + ", 1, 'finished', '"
                        + algorithms[run - 1] + "', '{}', 7, 'ada', " + AT + ", " + AT + ")");
            }
            String metric = "INSERT INTO run_metric (run_id, split_name, metric_name, step_no, metric_value)"
                    + " VALUES (?, ?, ?, ?, ?)";
            h.execute(metric, 1, "test", "roc_auc", 0, 0.70);
            h.execute(metric, 1, "test", "roc_auc", 4, 0.83);
            h.execute(metric, 1, "test", "r2", 0, 0.20);
            h.execute(metric, 2, "test", "r2", 0, 0.61);
            h.execute(metric, 2, "train", "roc_auc", 0, 0.99);
            h.execute(metric, 3, "train", "r2", 0, 0.50);
            for (int version = 1; version <= 4; version++) {
                h.execute("INSERT INTO model_version (id, model_id, version_no, run_id, status, created_by,"
                        + " created_at) VALUES (" + version + ", 1, " + version + ", "
                        + (version == 4 ? "NULL" : String.valueOf(version)) + ", 'active', 'ada', " + AT + ")");
            }
        });
    }

    private static void assertBackfilled(RegistryDatabase db) {
        assertThat(db.schemaVersion()).isEqualTo("3");
        assertThat(StoredListing.of(db, 1)).isEqualTo(new VersionListing("logistic-regression",
                Optional.of(new MetricValue("roc_auc", 0.83))));
        assertThat(StoredListing.of(db, 2)).isEqualTo(new VersionListing("xgboost",
                Optional.of(new MetricValue("r2", 0.61))));
        assertThat(StoredListing.of(db, 3)).isEqualTo(new VersionListing("random-forest", Optional.empty()));
        assertThat(StoredListing.of(db, 4)).isEqualTo(new VersionListing("", Optional.empty()));
    }
}
