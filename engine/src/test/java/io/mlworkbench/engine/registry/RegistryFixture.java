package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.access.Role;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;

/**
 * An in-memory registry with the training side written by plain SQL, as the training engine will write it:
 * project, experiment, dataset versions, finished runs with a model blob and metrics, validation results.
 * The first actor, {@link #admin}, is bootstrapped as admin.
 */
final class RegistryFixture implements AutoCloseable {

    private static final AtomicLong UNIQUE = new AtomicLong();

    final RegistryDatabase db;
    final Clock clock = new StepClock();
    final ModelRegistry registry;
    final AuditLogRepository audit;
    final Actor admin = new Actor("ada");
    private final long experimentId;

    RegistryFixture() {
        this(RegistryDatabase.openInMemory("registry-" + UNIQUE.incrementAndGet() + "-" + System.nanoTime()));
    }

    /** @param db an empty, migrated registry (H2 or PostgreSQL), closed with the fixture */
    RegistryFixture(RegistryDatabase db) {
        this.db = db;
        registry = ModelRegistry.create(db, clock);
        audit = new AuditLogRepository(db.jdbi(), clock);
        registry.access().roleOf(admin);
        experimentId = db.inTransaction(h -> {
            long project = insert(h, "INSERT INTO project (name, created_by, created_at) VALUES ('churn', 'ada', :at)");
            return insert(h, "INSERT INTO experiment (project_id, name, created_by, created_at) VALUES (" + project
                    + ", 'baseline', 'ada', :at)");
        });
    }

    /** @return a member with that role, granted by the admin */
    Actor member(String login, Role role) {
        registry.members().grant(admin, login, role);
        return new Actor(login);
    }

    /** @return the id of a new dataset version */
    long datasetVersion(String dataset, int version) {
        return db.inTransaction(h -> {
            Long datasetId = h.createQuery("SELECT id FROM dataset WHERE name = :n").bind("n", dataset)
                    .mapTo(Long.class).findOne().orElse(null);
            long id = datasetId != null ? datasetId : insert(h, "INSERT INTO dataset (project_id, name, created_by,"
                    + " created_at) VALUES ((SELECT MIN(id) FROM project), '" + dataset + "', 'ada', :at)");
            return insert(h, "INSERT INTO dataset_version (dataset_id, version_no, content_hash, row_count,"
                    + " column_count, schema_json, source_kind, source_text, import_settings_json, created_by,"
                    + " created_at) VALUES (" + id + ", " + version + ", '" + hash(dataset + version) + "', 7043, 21,"
                    + " '{}', 'file', 'churn.csv', '{}', 'ada', :at)");
        });
    }

    /** @return a finished run with a model blob on that dataset version and these test metrics */
    long run(Long datasetVersionId, Map<String, Double> testMetrics) {
        long run = runWithStatus("finished", true, datasetVersionId);
        testMetrics.forEach((name, value) -> metric(run, "test", name, 0, value));
        return run;
    }

    /** @return a run in any state, with or without a model blob */
    long runWithStatus(String status, boolean withModel, Long datasetVersionId) {
        return db.inTransaction(h -> {
            String blob = withModel ? String.valueOf(insert(h, "INSERT INTO blob (sha256, size_bytes, media_type,"
                    + " created_at) VALUES ('" + hash("model" + UNIQUE.incrementAndGet()) + "', 1234,"
                    + " 'application/x-protobuf', :at)")) : "NULL";
            return insert(h, "INSERT INTO training_run (experiment_id, status, dataset_version_id, algorithm,"
                    + " params_json, seed, provenance_json, model_blob_id, created_by, started_at, finished_at)"
                    + " VALUES (" + experimentId + ", '" + status + "', " + datasetVersionId + ","
                    + " 'logistic-regression', '{\"epochs\": 5, \"learning_rate\": 0.1, \"loss\": {\"kind\": \"log\"}}',"
                    + " 42, '{\"class-name\": \"org.tribuo.classification.sgd.linear.LinearSGDModel\"}', " + blob
                    + ", 'tess', :at, :at)");
        });
    }

    void metric(long run, String split, String name, int step, double value) {
        db.useTransaction(h -> h.createUpdate("INSERT INTO run_metric (run_id, split_name, metric_name, step_no,"
                + " metric_value) VALUES (:r, :s, :n, :step, :v)").bind("r", run).bind("s", split).bind("n", name)
                .bind("step", step).bind("v", value).execute());
    }

    /** Records a run of a validation suite on a dataset version. */
    void validation(long datasetVersionId, String suite, boolean success) {
        db.useTransaction(h -> {
            Long suiteId = h.createQuery("SELECT id FROM validation_suite WHERE name = :n").bind("n", suite)
                    .mapTo(Long.class).findOne().orElse(null);
            long id = suiteId != null ? suiteId : insert(h, "INSERT INTO validation_suite (project_id, name,"
                    + " created_by, created_at) VALUES ((SELECT MIN(id) FROM project), '" + suite + "', 'ada', :at)");
            long version = h.createQuery("SELECT id FROM validation_suite_version WHERE suite_id = :s")
                    .bind("s", id).mapTo(Long.class).findFirst().orElseGet(() -> insert(h,
                            "INSERT INTO validation_suite_version (suite_id, version_no, rules_json, created_by,"
                                    + " created_at) VALUES (" + id + ", 1, '[]', 'ada', :at)"));
            insert(h, "INSERT INTO validation_result (suite_version_id, dataset_version_id, success, result_json,"
                    + " created_by, created_at) VALUES (" + version + ", " + datasetVersionId + ", " + success
                    + ", '{}', 'ada', :at)");
        });
    }

    /** Registers a new run with that test AUC on a validated dataset version. */
    ModelVersion registerValidated(String model, double testAuc) {
        long dv = datasetVersion("churn-" + UNIQUE.incrementAndGet(), 1);
        validation(dv, "churn-rules", true);
        return registry.registry().register(admin, model, run(dv, Map.of("roc_auc", testAuc)), "", Map.of());
    }

    List<AuditEntry> auditActions(String prefix) {
        return audit.find(AuditFilter.newest().byActionPrefix(prefix));
    }

    private long insert(Handle h, String sql) {
        return h.createUpdate(sql).bind("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static String hash(String seed) {
        String hex = Integer.toHexString(seed.hashCode());
        return "0".repeat(64 - hex.length()) + hex;
    }

    @Override
    public void close() {
        db.close();
    }
}
