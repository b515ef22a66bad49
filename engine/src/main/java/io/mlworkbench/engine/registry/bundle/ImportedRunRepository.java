package io.mlworkbench.engine.registry.bundle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Writes an imported run: a finished {@code training_run} row carrying the exporting workspace's facts. */
final class ImportedRunRepository {

    private final Jdbi jdbi;

    ImportedRunRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** @return the id of this workspace's dataset version with that content hash, if it holds the same data */
    Optional<Long> datasetVersionByHash(String contentHash) {
        if (contentHash == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM dataset_version WHERE content_hash = :hash"
                        + " ORDER BY id LIMIT 1").bind("hash", contentHash).mapTo(Long.class).findOne());
    }

    long insertFinished(long experimentId, Optional<Long> datasetVersionId, BundleLineage lineage, String paramsJson,
                        String provenanceJson, long modelBlobId) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO training_run (experiment_id, status,"
                        + " dataset_version_id, algorithm, params_json, seed, provenance_json, model_blob_id,"
                        + " created_by, started_at, finished_at) VALUES (:experiment, 'finished', :dataset, :algorithm,"
                        + " :params, :seed, :provenance, :blob, :by, :started, :finished)")
                .bind("experiment", experimentId).bind("dataset", datasetVersionId.orElse(null))
                .bind("algorithm", lineage.algorithm()).bind("params", paramsJson).bind("seed", lineage.seed())
                .bind("provenance", provenanceJson).bind("blob", modelBlobId).bind("by", lineage.trainedBy())
                .bind("started", time(lineage.startedAt()))
                .bind("finished", lineage.finishedAt() == null ? time(lineage.startedAt()) : time(lineage.finishedAt()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private static OffsetDateTime time(String iso) {
        return OffsetDateTime.ofInstant(Instant.parse(iso), ZoneOffset.UTC);
    }
}
