package io.mlworkbench.engine.features;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.features.store.FeatureStoreService;
import io.mlworkbench.engine.features.store.FeatureTableRepository;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.store.BlobStore;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An in-memory registry with the feature services wired, plus rows for datasets the data engine would make. */
public final class RegistryFixture implements AutoCloseable {

    /** The registry. */
    public final RegistryDatabase db = RegistryDatabase.openInMemory("features-" + System.nanoTime());
    /** The audit log. */
    public final AuditLogRepository audit = new AuditLogRepository(db.jdbi(), Clock.systemUTC());
    /** Projects. */
    public final ProjectService projects = new ProjectService(db, new ProjectRepository(db.jdbi()), audit,
            Clock.systemUTC());
    /** The JSON codec. */
    public final FeaturePipelineJson json = new FeaturePipelineJson(StepCatalog.standard());
    /** The fitter. */
    public final PipelineFitter fitter = new PipelineFitter(StepCatalog.standard());
    /** Feature sets. */
    public final FeaturePipelineService pipelines = new FeaturePipelineService(db,
            new FeaturePipelineRepository(db.jdbi()), audit, json, fitter, Clock.systemUTC());
    /** The feature store. */
    public final FeatureStoreService store = new FeatureStoreService(db, pipelines,
            new FeatureTableRepository(db.jdbi(), Clock.systemUTC()), new BlobStore(db.jdbi(), Clock.systemUTC()),
            audit, Clock.systemUTC());
    /** The acting user. */
    public final Actor ana = new Actor("ana");

    /**
     * @param name a project name
     * @return a new project
     */
    public Project project(String name) {
        return projects.create(ana, name, "");
    }

    /**
     * Inserts a dataset version row as the data engine would.
     *
     * @param project the project
     * @param dataset the dataset name (created when new)
     * @param versionNo the version number
     * @return the dataset version id
     */
    public long datasetVersion(Project project, String dataset, int versionNo) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return db.inTransaction(h -> {
            Long datasetId = h.createQuery("SELECT id FROM dataset WHERE project_id = :p AND name = :n")
                    .bind("p", project.id()).bind("n", dataset).mapTo(Long.class).findOne().orElse(null);
            if (datasetId == null) {
                datasetId = h.createUpdate("INSERT INTO dataset (project_id, name, created_by, created_at)"
                                + " VALUES (:p, :n, 'ana', :at)").bind("p", project.id()).bind("n", dataset)
                        .bind("at", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            }
            return h.createUpdate("INSERT INTO dataset_version (dataset_id, version_no, content_hash, row_count,"
                            + " column_count, schema_json, source_kind, source_text, import_settings_json, created_by,"
                            + " created_at) VALUES (:d, :v, :hash, 0, 0, '{}', 'test', 'test', '{}', 'ana', :at)")
                    .bind("d", datasetId).bind("v", versionNo).bind("hash", "%064d".formatted(System.nanoTime()))
                    .bind("at", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
