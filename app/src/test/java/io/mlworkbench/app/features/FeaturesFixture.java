package io.mlworkbench.app.features;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.DatasetService;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.features.FeaturePipelineJson;
import io.mlworkbench.engine.features.FeaturePipelineRepository;
import io.mlworkbench.engine.features.FeaturePipelineService;
import io.mlworkbench.engine.features.PipelineFitter;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.features.store.FeatureStoreService;
import io.mlworkbench.engine.features.store.FeatureTableRepository;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.store.BlobStore;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * An in-memory registry with the data and feature services wired as the workspace session wires them; dataset
 * versions are made by really importing CSV files (the churn sample, or its first rows).
 */
final class FeaturesFixture implements AutoCloseable {

    /** The churn sample: 5,000 customers, {@code churn} the target. */
    static final Path CHURN_CSV = Path.of("..", "sample-datasets", "churn.csv");

    private final Path temp;
    private final RegistryDatabase db = RegistryDatabase.openInMemory("app-features-" + System.nanoTime());
    private final AuditLogRepository audit = new AuditLogRepository(db.jdbi(), Clock.systemUTC());
    final Actor ana = new Actor("ana");
    final StepCatalog catalog = StepCatalog.standard();
    final ProjectService projects = new ProjectService(db, new ProjectRepository(db.jdbi()), audit, Clock.systemUTC());
    final DatasetService datasets;
    final FeaturePipelineService pipelines = new FeaturePipelineService(db, new FeaturePipelineRepository(db.jdbi()),
            audit, new FeaturePipelineJson(catalog), new PipelineFitter(catalog), Clock.systemUTC());
    final FeatureStoreService store = new FeatureStoreService(db, pipelines,
            new FeatureTableRepository(db.jdbi(), Clock.systemUTC()), new BlobStore(db.jdbi(), Clock.systemUTC()),
            audit, Clock.systemUTC());

    /** @param temp a folder for scratch and CSV files */
    FeaturesFixture(Path temp) {
        this.temp = temp;
        this.datasets = DatasetService.create(db, Clock.systemUTC(), temp.resolve("scratch"));
    }

    /** @return the services as the Features step gets them */
    FeatureServices services() {
        return new FeatureServices(projects, new DatasetServiceSource(datasets), pipelines, store, catalog, ana);
    }

    /**
     * Imports a CSV file as a new version of a dataset (creating the project when missing).
     *
     * @return the version
     */
    DatasetVersion importCsv(String project, String dataset, Path csv) {
        return datasets.importFile(ana, project, dataset, csv, ImportOptions.defaults(), ProgressListener.ignoring(),
                CancellationToken.never()).version();
    }

    /** @return the churn sample's first rows as a CSV file */
    Path churnHead(int rows) {
        try {
            Path file = temp.resolve("churn-" + rows + ".csv");
            Files.write(file, Files.readAllLines(CHURN_CSV).subList(0, rows + 1));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the rows of an imported version */
    Table table(DatasetVersion version) {
        return datasets.loadTable(version.id());
    }

    @Override
    public void close() {
        db.close();
    }
}
