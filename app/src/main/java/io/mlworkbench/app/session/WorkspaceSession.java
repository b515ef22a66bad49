package io.mlworkbench.app.session;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.dataset.Dataset;
import io.mlworkbench.engine.data.dataset.DatasetRepository;
import io.mlworkbench.engine.data.dataset.DatasetService;
import io.mlworkbench.engine.data.dataset.DatasetVersionRepository;
import io.mlworkbench.engine.data.profile.DatasetProfiler;
import io.mlworkbench.engine.data.profile.ProfileJson;
import io.mlworkbench.engine.data.profile.ProfileRepository;
import io.mlworkbench.engine.data.profile.ProfileService;
import io.mlworkbench.engine.features.FeaturePipelineJson;
import io.mlworkbench.engine.features.FeaturePipelineRepository;
import io.mlworkbench.engine.features.FeaturePipelineService;
import io.mlworkbench.engine.features.PipelineFitter;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.features.store.FeatureStoreService;
import io.mlworkbench.engine.features.store.FeatureTableRepository;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.serving.ModelScorer;
import io.mlworkbench.engine.store.BlobStore;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.validation.ValidationJson;
import io.mlworkbench.engine.validation.ValidationResultRepository;
import io.mlworkbench.engine.validation.ValidationService;
import io.mlworkbench.engine.validation.ValidationSuiteRepository;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import io.mlworkbench.engine.workspace.Workspace;
import io.mlworkbench.engine.workspace.WorkspaceInfo;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * An open workspace and the engine services built on it: the app's one composition root. Later issues add
 * their services here (constructor injection, no singletons). Closing the session closes the workspace.
 */
public final class WorkspaceSession implements AutoCloseable {

    private final Workspace workspace;
    private final Actor actor;
    private final ProjectService projects;
    private final AuditLogRepository auditLog;
    private final DatasetService datasets;
    private final ProfileService profiles;
    private final ValidationService validation;
    private final TrainingService training;
    private final StepCatalog stepCatalog = StepCatalog.standard();
    private final FeaturePipelineService featurePipelines;
    private final FeatureStoreService featureStore;

    private WorkspaceSession(Workspace workspace, Actor actor) {
        this.workspace = workspace;
        this.actor = actor;
        Clock clock = workspace.clock();
        this.auditLog = new AuditLogRepository(workspace.database().jdbi(), clock);
        this.projects = new ProjectService(workspace.database(),
                new ProjectRepository(workspace.database().jdbi()), auditLog, clock);
        RegistryDatabase database = workspace.database();
        BlobStore blobs = new BlobStore(database.jdbi(), clock);
        this.datasets = new DatasetService(database, new DatasetRepository(database.jdbi()),
                new DatasetVersionRepository(database.jdbi()), blobs, projects,
                auditLog, clock, workspace.directory().resolve("tmp"));
        this.profiles = new ProfileService(database, new ProfileRepository(database.jdbi(), new ProfileJson()),
                auditLog, new DatasetProfiler());
        ValidationJson json = new ValidationJson();
        this.validation = new ValidationService(database, new ValidationSuiteRepository(database.jdbi(), json),
                new ValidationResultRepository(database.jdbi(), json), auditLog, StandardExpectations.catalog(), json,
                clock);
        this.training = new TrainingService(workspace.database(), AlgorithmCatalog.standard(), auditLog, clock,
                Runtime.getRuntime().availableProcessors());
        this.featurePipelines = new FeaturePipelineService(workspace.database(),
                new FeaturePipelineRepository(workspace.database().jdbi()), auditLog,
                new FeaturePipelineJson(stepCatalog), new PipelineFitter(stepCatalog), clock);
        this.featureStore = new FeatureStoreService(workspace.database(), featurePipelines,
                new FeatureTableRepository(workspace.database().jdbi(), clock),
                blobs, auditLog, clock);
    }

    /**
     * Opens the workspace in a folder (creating it when missing) and builds the services. Slow (database
     * migration): never call it on the JavaFX thread.
     *
     * @param directory the workspace folder
     * @param actor who works in it
     * @param clock the clock for timestamps
     * @return the open session; close it when done
     * @throws io.mlworkbench.engine.workspace.WorkspaceInUseException when another process has it open
     */
    public static WorkspaceSession open(Path directory, Actor actor, Clock clock) {
        return new WorkspaceSession(Workspace.open(directory, clock), actor);
    }

    /**
     * Opens a workspace as the operating-system user with the system clock.
     *
     * @param directory the workspace folder
     * @return the open session
     */
    public static WorkspaceSession open(Path directory) {
        return open(directory, Actor.ofSystemUser(), Clock.systemUTC());
    }

    /** @return the workspace folder */
    public Path directory() {
        return workspace.directory();
    }

    /** @return who works in this session */
    public Actor actor() {
        return actor;
    }

    /** @return an overview of the workspace (queries the database: call it off the JavaFX thread) */
    public WorkspaceInfo info() {
        return workspace.info();
    }

    /** @return creating, listing and archiving projects */
    public ProjectService projects() {
        return projects;
    }

    /** @return importing, listing, loading and exporting dataset versions */
    public DatasetService datasets() {
        return datasets;
    }

    /** @return every dataset of every project (archived ones included), by project and name */
    public List<Dataset> allDatasets() {
        return projects.list().stream().map(Project::name).sorted()
                .flatMap(project -> datasets.listDatasets(project).stream()).toList();
    }

    /** @return dataset version profiles, computed once per version and stored */
    public ProfileService profiles() {
        return profiles;
    }

    /** @return validation suites, their versions and stored results */
    public ValidationService validation() {
        return validation;
    }

    /** @return training, tuning, reproducing and comparing runs */
    public TrainingService training() {
        return training;
    }

    /** @return the feature-pipeline step types */
    public StepCatalog stepCatalog() {
        return stepCatalog;
    }

    /** @return feature sets and their versions */
    public FeaturePipelineService featurePipelines() {
        return featurePipelines;
    }

    /** @return materialised feature tables */
    public FeatureStoreService featureStore() {
        return featureStore;
    }

    /**
     * @param filter which entries
     * @return audit-log entries, newest first
     */
    public List<AuditEntry> auditEntries(AuditFilter filter) {
        return auditLog.find(filter);
    }

    /** @return the registry, for the Registry step and {@code workbench models} (call it off the JavaFX thread) */
    public io.mlworkbench.app.registry.RegistryServices registryServices() {
        return io.mlworkbench.app.registry.RegistryServices.over(workspace.database(), workspace.clock());
    }

    /** @return loads registered versions for scoring (call it off the JavaFX thread) */
    public ModelScorer scorer() {
        return new ModelScorer(workspace.database(), registryServices().registry().catalog(), training, stepCatalog,
                workspace.clock());
    }

    @Override
    public void close() {
        workspace.close();
    }
}
