package io.mlworkbench.engine.data.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.DatasetSchemaJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for {@link DatasetVersion}s. Versions are only ever inserted: there is no update. */
public final class DatasetVersionRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT v.id, v.dataset_id, p.name AS project_name, d.name AS dataset_name,"
            + " v.version_no, v.content_hash, v.row_count, v.column_count, v.schema_json, v.source_kind,"
            + " v.source_text, v.import_settings_json, v.diff_json, v.data_blob_id, v.created_by, v.created_at"
            + " FROM dataset_version v JOIN dataset d ON d.id = v.dataset_id JOIN project p ON p.id = d.project_id";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public DatasetVersionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Stores a version; its id and number are assigned here.
     *
     * @param v the version (id and versionNo are ignored)
     * @return the stored version
     */
    public DatasetVersion insert(DatasetVersion v) {
        return jdbi.inTransaction(h -> {
            int no = h.createQuery("SELECT COALESCE(MAX(version_no), 0) + 1 FROM dataset_version WHERE dataset_id = :d")
                    .bind("d", v.datasetId()).mapTo(Integer.class).one();
            long id = h.createUpdate("INSERT INTO dataset_version (dataset_id, version_no, content_hash, row_count,"
                            + " column_count, schema_json, source_kind, source_text, import_settings_json, diff_json,"
                            + " data_blob_id, created_by, created_at) VALUES (:dataset, :no, :hash, :rows, :cols, :schema,"
                            + " :kind, :source, :settings, :diff, :blob, :by, :at)")
                    .bind("dataset", v.datasetId()).bind("no", no).bind("hash", v.contentHash())
                    .bind("rows", v.rowCount()).bind("cols", v.columnCount())
                    .bind("schema", DatasetSchemaJson.write(v.schema())).bind("kind", v.sourceKind().dbName())
                    .bind("source", v.sourceText()).bind("settings", v.importSettingsJson())
                    .bind("diff", v.diff().map(DatasetVersionRepository::diffJson).orElse(null))
                    .bind("blob", v.dataBlobId()).bind("by", v.createdBy())
                    .bind("at", OffsetDateTime.ofInstant(v.createdAt(), ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return findById(id).orElseThrow();
        });
    }

    /**
     * @param id a version id
     * @return the version, if it exists
     */
    public Optional<DatasetVersion> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE v.id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param datasetId a dataset
     * @param contentHash a content hash
     * @return the oldest version of that dataset with that content, if any
     */
    public Optional<DatasetVersion> findByContentHash(long datasetId, String contentHash) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE v.dataset_id = :d AND v.content_hash = :hash"
                        + " ORDER BY v.version_no LIMIT 1")
                .bind("d", datasetId).bind("hash", contentHash).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param datasetId a dataset
     * @return its newest version, if any
     */
    public Optional<DatasetVersion> findLatest(long datasetId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE v.dataset_id = :d ORDER BY v.version_no DESC LIMIT 1")
                .bind("d", datasetId).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param datasetId a dataset
     * @return its versions, oldest first
     */
    public List<DatasetVersion> findAll(long datasetId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE v.dataset_id = :d ORDER BY v.version_no")
                .bind("d", datasetId).map((rs, ctx) -> map(rs)).list());
    }

    private static DatasetVersion map(ResultSet rs) throws SQLException {
        String diff = rs.getString("diff_json");
        return new DatasetVersion(rs.getLong("id"), rs.getLong("dataset_id"), rs.getString("project_name"),
                rs.getString("dataset_name"), rs.getInt("version_no"), rs.getString("content_hash").trim(),
                rs.getLong("row_count"), rs.getInt("column_count"), DatasetSchemaJson.read(rs.getString("schema_json")),
                SourceKind.fromDbName(rs.getString("source_kind")), rs.getString("source_text"),
                rs.getString("import_settings_json"), Optional.ofNullable(diff).map(DatasetVersionRepository::readDiff),
                rs.getLong("data_blob_id"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static String diffJson(DatasetDiff diff) {
        try {
            return JSON.writeValueAsString(diff);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A dataset diff is always serialisable", e);
        }
    }

    private static DatasetDiff readDiff(String json) {
        try {
            return JSON.readValue(json, DatasetDiff.class);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("Stored dataset diff is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
