package io.mlworkbench.engine.data.profile;

import io.mlworkbench.engine.WorkbenchException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * SQL for the profile stored with each dataset version ({@code dataset_version.profile_json}). A profile is
 * written once: the dataset version is immutable, and so is its profile.
 */
public final class ProfileRepository {

    private final Jdbi jdbi;
    private final ProfileJson json;

    /**
     * @param jdbi the registry's Jdbi
     * @param json the profile JSON reader/writer
     */
    public ProfileRepository(Jdbi jdbi, ProfileJson json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    /**
     * Stores the profile unless the dataset version already has one.
     *
     * @param datasetVersionId the dataset version
     * @param profile its profile
     * @return true when stored now, false when a profile was already stored (it is left as it was)
     * @throws WorkbenchException when there is no such dataset version
     */
    public boolean saveIfAbsent(long datasetVersionId, DatasetProfile profile) {
        String text = json.write(profile);
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("UPDATE dataset_version SET profile_json = :json "
                            + "WHERE id = :id AND profile_json IS NULL")
                    .bind("json", text).bind("id", datasetVersionId).execute();
            if (updated == 0) {
                requireVersion(datasetVersionId);
            }
            return updated == 1;
        });
    }

    /**
     * @param datasetVersionId the dataset version
     * @return its stored profile; empty when not profiled yet
     * @throws WorkbenchException when there is no such dataset version or its profile is unreadable
     */
    public Optional<DatasetProfile> find(long datasetVersionId) {
        Optional<Optional<String>> row = jdbi.withHandle(h -> h.createQuery(
                        "SELECT profile_json FROM dataset_version WHERE id = :id")
                .bind("id", datasetVersionId)
                .map((rs, ctx) -> Optional.ofNullable(rs.getString(1)))
                .findOne());
        if (row.isEmpty()) {
            throw noSuchVersion(datasetVersionId);
        }
        return row.get().map(text -> json.read(text, "dataset version " + datasetVersionId));
    }

    /**
     * @param datasetVersionId a dataset version
     * @return its number of rows as recorded at import
     * @throws WorkbenchException when there is no such dataset version
     */
    public long rowCount(long datasetVersionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT row_count FROM dataset_version WHERE id = :id")
                .bind("id", datasetVersionId).mapTo(Long.class).findOne())
                .orElseThrow(() -> noSuchVersion(datasetVersionId));
    }

    private void requireVersion(long datasetVersionId) {
        rowCount(datasetVersionId);
    }

    private static WorkbenchException noSuchVersion(long datasetVersionId) {
        return new WorkbenchException("No dataset version with id " + datasetVersionId + " in this workspace");
    }
}
