package io.mlworkbench.engine.features;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Feature sets and their versions in the registry: create a set, save definition versions, save fitted versions
 * linked to the dataset version they were fitted on, load them back, browse and search, see where each is used.
 * Every change is audited in the same transaction.
 */
public final class FeaturePipelineService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");

    private final RegistryDatabase database;
    private final FeaturePipelineRepository repository;
    private final AuditLogRepository audit;
    private final FeaturePipelineJson json;
    private final PipelineFitter fitter;
    private final Clock clock;

    /**
     * @param database the registry
     * @param repository feature-set SQL
     * @param audit the audit log
     * @param json the pipeline JSON codec
     * @param fitter checks definitions before they are saved
     * @param clock the clock
     */
    public FeaturePipelineService(RegistryDatabase database, FeaturePipelineRepository repository,
                                  AuditLogRepository audit, FeaturePipelineJson json, PipelineFitter fitter,
                                  Clock clock) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.json = json;
        this.fitter = fitter;
        this.clock = clock;
    }

    /**
     * Creates a feature set with its first (unfitted) version.
     *
     * @param actor who creates it (its owner)
     * @param projectId the project it belongs to
     * @param name 1-100 letters, digits, spaces, '.', '_' or '-'; unique in the project
     * @param description free text
     * @param tags tags for search
     * @param definition the first version's definition
     * @return the first version
     */
    public FeatureSetVersion create(Actor actor, long projectId, String name, String description, List<String> tags,
                                    PipelineDefinition definition) {
        String trimmed = name == null ? "" : name.strip();
        if (!NAME.matcher(trimmed).matches()) {
            throw new WorkbenchException("Invalid feature set name '" + name + "': expected 1-100 letters, digits,"
                    + " spaces, '.', '_' or '-', starting with a letter or digit");
        }
        fitter.check(definition);
        return database.inTransaction(h -> {
            if (repository.findSet(projectId, trimmed).isPresent()) {
                throw new WorkbenchException("A feature set named '" + trimmed + "' already exists in this project");
            }
            long id = repository.insertSet(projectId, trimmed, description == null ? "" : description, actor.login(),
                    FeaturePipelineRepository.tagsJson(tags), clock.instant());
            audit.append(actor, "feature_set.create", "feature_set", trimmed, "{\"id\":" + id + "}");
            return insertVersion(actor, id, definition, null, null);
        });
    }

    /**
     * Saves a new, unfitted version of a feature set's definition.
     *
     * @param actor who saves it
     * @param featureSetId the feature set
     * @param definition the definition
     * @return the new version
     */
    public FeatureSetVersion saveDefinition(Actor actor, long featureSetId, PipelineDefinition definition) {
        fitter.check(definition);
        return database.inTransaction(h -> insertVersion(actor, requireSet(featureSetId).id(), definition, null, null));
    }

    /**
     * Saves a fitted pipeline as a new version of a feature set, linked to the dataset version it was fitted on.
     *
     * @param actor who saves it
     * @param featureSetId the feature set (of any project: sets are reusable)
     * @param pipeline the fitted pipeline
     * @param datasetVersionId the dataset version its training rows came from
     * @return the new version
     */
    public FeatureSetVersion saveFitted(Actor actor, long featureSetId, FittedPipeline pipeline, long datasetVersionId) {
        return database.inTransaction(h -> insertVersion(actor, requireSet(featureSetId).id(),
                pipeline.state().definition(), json.write(pipeline), datasetVersionId));
    }

    private FeatureSetVersion insertVersion(Actor actor, long setId, PipelineDefinition definition, String fitted,
                                            Long datasetVersionId) {
        int no = repository.nextVersionNo(setId);
        long id = repository.insertVersion(setId, no, json.write(definition), fitted, datasetVersionId, actor.login(),
                clock.instant());
        FeatureSet set = requireSet(setId);
        audit.append(actor, fitted == null ? "feature_set.version.create" : "feature_set.version.fit",
                "feature_set", set.name(), "{\"version\":" + no + ",\"version_id\":" + id
                        + (datasetVersionId == null ? "" : ",\"dataset_version_id\":" + datasetVersionId) + "}");
        return version(id);
    }

    /**
     * Changes a feature set's description and tags.
     *
     * @param actor who changes them
     * @param featureSetId the feature set
     * @param description the new description
     * @param tags the new tags
     */
    public void updateDetails(Actor actor, long featureSetId, String description, List<String> tags) {
        database.useTransaction(h -> {
            FeatureSet set = requireSet(featureSetId);
            repository.updateDetails(set.id(), description == null ? "" : description,
                    FeaturePipelineRepository.tagsJson(tags));
            audit.append(actor, "feature_set.update", "feature_set", set.name(), "{}");
        });
    }

    /**
     * @param versionId a version id
     * @return the version
     */
    public FeatureSetVersion version(long versionId) {
        FeaturePipelineRepository.VersionRow row = repository.findVersion(versionId)
                .orElseThrow(() -> new WorkbenchException("No feature set version with id " + versionId));
        return new FeatureSetVersion(row.id(), row.pipelineId(), row.versionNo(), json.readDefinition(row.definitionJson()),
                Optional.ofNullable(row.fittedOnDatasetVersionId()), row.fittedStateJson() != null, row.createdBy(),
                row.createdAt());
    }

    /**
     * @param versionId a fitted version's id
     * @return its fitted pipeline, ready to transform
     */
    public FittedPipeline loadFitted(long versionId) {
        FeaturePipelineRepository.VersionRow row = repository.findVersion(versionId)
                .orElseThrow(() -> new WorkbenchException("No feature set version with id " + versionId));
        if (row.fittedStateJson() == null) {
            throw new WorkbenchException("Version " + row.versionNo() + " of feature set " + row.pipelineId()
                    + " has not been fitted; fit it on a dataset version first");
        }
        return json.readFitted(row.fittedStateJson());
    }

    /**
     * @param featureSetId a feature set
     * @return its versions, newest first
     */
    public List<FeatureSetVersion> versions(long featureSetId) {
        return repository.versions(requireSet(featureSetId).id()).stream().map(r -> version(r.id())).toList();
    }

    /**
     * @param query what to find
     * @return matching feature sets of every project
     */
    public List<FeatureSet> search(FeatureSetQuery query) {
        return repository.search(query);
    }

    /**
     * @param featureSetId a feature set
     * @return where its versions are used (training runs, feature tables), with the using project
     */
    public List<FeatureSetUsage> usages(long featureSetId) {
        return repository.usages(requireSet(featureSetId).id());
    }

    /**
     * @param featureSetId a feature set id
     * @return the feature set
     */
    public FeatureSet requireSet(long featureSetId) {
        return repository.findSet(featureSetId)
                .orElseThrow(() -> new WorkbenchException("No feature set with id " + featureSetId));
    }
}
