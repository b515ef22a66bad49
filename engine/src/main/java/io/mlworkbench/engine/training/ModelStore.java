package io.mlworkbench.engine.training;

import io.mlworkbench.engine.WorkbenchException;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores run artifacts (models, JSON documents) in the registry's content-addressed {@code blob} and
 * {@code blob_chunk} tables, chunked so no row holds more than {@link #CHUNK_BYTES}. Identical content is stored
 * once. Called inside the caller's transaction, so an artifact is written together with the run that owns it.
 *
 * <p>Private to training until a shared {@code store.BlobStore} exists; the tables are the same.
 */
public final class ModelStore {

    /** The most bytes one chunk row holds. */
    public static final int CHUNK_BYTES = 1 << 20;

    private final Jdbi jdbi;
    private final Clock clock;

    /**
     * @param jdbi the registry's Jdbi
     * @param clock stamps new blobs
     */
    public ModelStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Stores bytes, or finds the identical bytes already stored.
     *
     * @param bytes the content
     * @param mediaType e.g. {@code application/x-protobuf} or {@code application/json}
     * @return the blob id
     */
    public long put(byte[] bytes, String mediaType) {
        String sha = sha256(bytes);
        return jdbi.inTransaction(h -> {
            Optional<Long> existing = h.createQuery("SELECT id FROM blob WHERE sha256 = :sha").bind("sha", sha)
                    .mapTo(Long.class).findOne();
            if (existing.isPresent()) {
                return existing.get();
            }
            long id = h.createUpdate("INSERT INTO blob (sha256, size_bytes, media_type, created_at) "
                            + "VALUES (:sha, :size, :type, :at)")
                    .bind("sha", sha).bind("size", (long) bytes.length).bind("type", mediaType)
                    .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int seq = 0;
            for (int off = 0; off < bytes.length || seq == 0; off += CHUNK_BYTES) {
                byte[] chunk = java.util.Arrays.copyOfRange(bytes, off, Math.min(bytes.length, off + CHUNK_BYTES));
                h.createUpdate("INSERT INTO blob_chunk (blob_id, seq, bytes) VALUES (:id, :seq, :bytes)")
                        .bind("id", id).bind("seq", seq++).bind("bytes", chunk).execute();
            }
            return id;
        });
    }

    /**
     * @param blobId a blob id
     * @return the stored bytes, checked against their SHA-256
     * @throws WorkbenchException when the blob is missing or damaged
     */
    public byte[] get(long blobId) {
        return jdbi.withHandle(h -> {
            String sha = h.createQuery("SELECT sha256 FROM blob WHERE id = :id").bind("id", blobId)
                    .mapTo(String.class).findOne()
                    .orElseThrow(() -> new WorkbenchException("Blob " + blobId + " is not in the registry"));
            List<byte[]> chunks = h.createQuery("SELECT bytes FROM blob_chunk WHERE blob_id = :id ORDER BY seq")
                    .bind("id", blobId).mapTo(byte[].class).list();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            chunks.forEach(out::writeBytes);
            byte[] bytes = out.toByteArray();
            if (!sha256(bytes).equals(sha.strip())) {
                throw new WorkbenchException("Blob " + blobId + " is damaged: its content no longer matches SHA-256 "
                        + sha);
            }
            return bytes;
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
