package io.mlworkbench.engine.data.profile;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.util.Optional;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;

/**
 * The profile of a dataset version, computed the first time it is asked for and stored with the version; every
 * later call reads the stored one. Storing is audited ({@code dataset_version.profile}) in the same transaction.
 */
public final class ProfileService {

    private final RegistryDatabase database;
    private final ProfileRepository profiles;
    private final AuditLogRepository audit;
    private final DatasetProfiler profiler;

    /**
     * @param database the registry
     * @param profiles profile SQL
     * @param audit the audit log
     * @param profiler computes profiles
     */
    public ProfileService(RegistryDatabase database, ProfileRepository profiles, AuditLogRepository audit,
                          DatasetProfiler profiler) {
        this.database = database;
        this.profiles = profiles;
        this.audit = audit;
        this.profiler = profiler;
    }

    /**
     * @param datasetVersionId a dataset version
     * @return its stored profile, if it was profiled
     */
    public Optional<DatasetProfile> find(long datasetVersionId) {
        return profiles.find(datasetVersionId);
    }

    /**
     * Returns the stored profile of a dataset version, computing and storing it first when there is none.
     *
     * @param actor who asks (recorded when the profile is stored now)
     * @param datasetVersionId the dataset version
     * @param table the version's data
     * @param progress receives the fraction done while profiling
     * @param cancelRequested polled while profiling
     * @return the profile
     * @throws WorkbenchException when the version does not exist or the table's row count is not the version's
     * @throws OperationCancelledException when cancelled; nothing is stored then
     */
    public DatasetProfile profileOf(Actor actor, long datasetVersionId, Table table, ProgressListener progress,
                                    CancellationToken cancelRequested) {
        Optional<DatasetProfile> stored = profiles.find(datasetVersionId);
        if (stored.isPresent()) {
            return stored.get();
        }
        long expectedRows = profiles.rowCount(datasetVersionId);
        if (expectedRows != table.rowCount()) {
            throw new WorkbenchException("The table has " + table.rowCount() + " rows but dataset version "
                    + datasetVersionId + " has " + expectedRows + "; profile the version's own data");
        }
        DatasetProfile computed = profiler.profile(table, progress, cancelRequested);
        return database.inTransaction(h -> {
            if (!profiles.saveIfAbsent(datasetVersionId, computed)) {
                return profiles.find(datasetVersionId).orElse(computed);
            }
            audit.append(actor, "dataset_version.profile", "dataset_version", Long.toString(datasetVersionId),
                    "{\"rows\":" + computed.rowCount() + ",\"columns\":" + computed.columnCount() + "}");
            return computed;
        });
    }

    /**
     * {@link #profileOf(Actor, long, Table, ProgressListener, CancellationToken)} without progress or cancellation.
     *
     * @param actor who asks
     * @param datasetVersionId the dataset version
     * @param table the version's data
     * @return the profile
     */
    public DatasetProfile profileOf(Actor actor, long datasetVersionId, Table table) {
        return profileOf(actor, datasetVersionId, table, ProgressListener.ignoring(), CancellationToken.never());
    }
}
