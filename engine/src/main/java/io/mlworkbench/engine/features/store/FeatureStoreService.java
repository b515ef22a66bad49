package io.mlworkbench.engine.features.store;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FeaturePipelineService;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.features.FittedPipeline;
import io.mlworkbench.engine.store.BlobStore;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The feature store: materialises a fitted feature-set version on a dataset version into a stored feature table
 * (with lineage and freshness), reads it back, and joins it point-in-time correctly onto label tables.
 */
public final class FeatureStoreService {

    /** The media type of stored feature tables. */
    public static final String MEDIA_TYPE = "application/x-mlworkbench-feature-table";

    private final RegistryDatabase database;
    private final FeaturePipelineService pipelines;
    private final FeatureTableRepository tables;
    private final BlobStore blobs;
    private final AuditLogRepository audit;
    private final Clock clock;

    /**
     * @param database the registry
     * @param pipelines feature sets and their versions
     * @param tables feature-table SQL
     * @param blobs the registry's blob store, which holds the encoded tables
     * @param audit the audit log
     * @param clock the clock
     */
    public FeatureStoreService(RegistryDatabase database, FeaturePipelineService pipelines,
                               FeatureTableRepository tables, BlobStore blobs, AuditLogRepository audit,
                               Clock clock) {
        this.database = database;
        this.pipelines = pipelines;
        this.tables = tables;
        this.blobs = blobs;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Transforms a dataset version's rows with a fitted feature-set version and stores the result. When that pair
     * was materialised before, the stored table is returned unchanged. Cancelling stores nothing.
     *
     * @param actor who materialises it
     * @param pipelineVersionId a fitted feature-set version (of any project)
     * @param datasetVersionId the dataset version the rows belong to
     * @param rows the dataset version's rows
     * @param progress receives rows transformed / total
     * @param cancel checked per row group
     * @return the stored feature table
     */
    public FeatureTable materialise(Actor actor, long pipelineVersionId, long datasetVersionId, Table rows,
                                    ProgressListener progress, CancellationToken cancel) {
        Optional<FeatureTableRepository.Stored> existing = tables.find(pipelineVersionId, datasetVersionId);
        if (existing.isPresent()) {
            return existing.get().table();
        }
        FittedPipeline pipeline = pipelines.loadFitted(pipelineVersionId);
        Table features = pipeline.transform(rows, progress, cancel);
        cancel.throwIfCancelled("materialising the feature table");
        long id = database.inTransaction(h -> {
            long blobId = blobs.write(MEDIA_TYPE, out -> FeatureTableCodec.write(features, out), cancel).id();
            long tableId = tables.insert(pipelineVersionId, datasetVersionId, blobId, features.rowCount(),
                    actor.login(), clock.instant());
            FeatureSetVersion version = pipelines.version(pipelineVersionId);
            audit.append(actor, "feature_table.materialise", "feature_set",
                    pipelines.requireSet(version.featureSetId()).name(), "{\"feature_table_id\":" + tableId
                            + ",\"version\":" + version.versionNo() + ",\"dataset_version_id\":" + datasetVersionId
                            + ",\"rows\":" + features.rowCount() + "}");
            return tableId;
        });
        return require(id).table();
    }

    /**
     * @param featureTableId a feature table
     * @return its rows
     */
    public Table read(long featureTableId) {
        FeatureTableRepository.Stored stored = require(featureTableId);
        try (InputStream in = blobs.open(stored.blobId())) {
            return FeatureTableCodec.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read feature table " + featureTableId, e);
        }
    }

    /**
     * @param featureSetId a feature set
     * @return the tables its versions computed, with lineage and freshness, newest first
     */
    public List<FeatureTable> list(long featureSetId) {
        return tables.list(featureSetId);
    }

    /**
     * Joins a stored feature table onto label rows point-in-time correctly, using the entity key and event time
     * its feature set declares.
     *
     * @param labels the label rows
     * @param labelKey their entity key column
     * @param labelTime their time column
     * @param featureTableId the feature table
     * @param timeToLive the oldest a feature row may be relative to the label time, if limited
     * @return the label rows with the latest features known at their time
     */
    public Table joinAsOf(Table labels, String labelKey, String labelTime, long featureTableId,
                          Optional<Duration> timeToLive) {
        FeatureTable table = require(featureTableId).table();
        FeatureSetVersion version = pipelines.version(table.pipelineVersionId());
        String key = version.definition().entityKey();
        String time = version.definition().eventTime();
        if (key == null || time == null) {
            throw new WorkbenchException("Feature set '" + table.featureSetName() + "' version "
                    + version.versionNo() + " declares no entity key and event time; set them to join by time");
        }
        return PointInTimeJoin.join(labels, labelKey, labelTime, read(featureTableId), key, time, timeToLive);
    }

    private FeatureTableRepository.Stored require(long id) {
        return tables.find(id).orElseThrow(() -> new WorkbenchException("No feature table with id " + id));
    }
}
