package io.mlworkbench.engine.store;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.task.CancellationToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The content-addressed binary store over the {@code blob} and {@code blob_chunk} tables.
 *
 * <p>Writing streams: bytes are hashed and stored in chunks of at most {@link #CHUNK_BYTES} as they arrive, so
 * nothing has to fit in memory. Bytes already stored under the same SHA-256 are stored once: a second write of
 * them returns the first blob. Reading streams chunk by chunk too. A write runs in the caller's transaction
 * when there is one, so a failed or cancelled import leaves no orphan blob.
 */
public final class BlobStore {

    /** The largest chunk stored in one row: 1 MiB. */
    public static final int CHUNK_BYTES = 1 << 20;

    private static final String COLUMNS = "id, sha256, size_bytes, media_type, created_at";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;

    /**
     * @param jdbi the registry's Jdbi
     * @param clock stamps new blobs
     */
    public BlobStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Produces a blob's content by writing it to a stream. */
    @FunctionalInterface
    public interface ContentWriter {

        /**
         * @param out where to write the content; it need not be closed
         * @throws IOException when producing the content fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Stores everything the stream yields, or returns the existing blob holding the same bytes.
     *
     * @param in the bytes; read to the end but not closed
     * @param mediaType what the bytes are
     * @param cancel checked once per chunk
     * @return the stored blob
     */
    public BlobRef write(InputStream in, String mediaType, CancellationToken cancel) {
        return write(mediaType, in::transferTo, cancel);
    }

    /**
     * Stores everything a writer produces, or returns the existing blob holding the same bytes. The content
     * streams into chunks as it is written, so it never has to fit in memory.
     *
     * @param mediaType what the bytes are
     * @param content writes the bytes
     * @param cancel checked once per chunk
     * @return the stored blob
     */
    public BlobRef write(String mediaType, ContentWriter content, CancellationToken cancel) {
        return jdbi.inTransaction(h -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            // The row needs a unique hash before the bytes are known: a random provisional one, replaced below.
            byte[] provisional = new byte[28];
            RANDOM.nextBytes(provisional);
            String pending = "pending-" + HexFormat.of().formatHex(provisional);
            long id = h.createUpdate("INSERT INTO blob (sha256, size_bytes, media_type, created_at) "
                            + "VALUES (:sha, 0, :media, :at)")
                    .bind("sha", pending).bind("media", mediaType).bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            BlobOutputStream out = new BlobOutputStream(h, id, cancel);
            try {
                content.writeTo(out);
            } catch (IOException e) {
                throw new WorkbenchException("Could not store the " + mediaType + " data as a blob: "
                        + e.getMessage(), e);
            }
            out.close();
            String sha = out.sha256();
            Optional<BlobRef> existing = findBySha256(sha);
            if (existing.isPresent()) {
                h.createUpdate("DELETE FROM blob_chunk WHERE blob_id = :id").bind("id", id).execute();
                h.createUpdate("DELETE FROM blob WHERE id = :id").bind("id", id).execute();
                return existing.get();
            }
            h.createUpdate("UPDATE blob SET sha256 = :sha, size_bytes = :size WHERE id = :id")
                    .bind("sha", sha).bind("size", out.size()).bind("id", id).execute();
            return new BlobRef(id, sha, out.size(), mediaType, now);
        });
    }

    /**
     * @param sha256 64 lower-case hex digits
     * @return the blob with those bytes, if stored
     */
    public Optional<BlobRef> findBySha256(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM blob WHERE sha256 = :sha")
                .bind("sha", sha256).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * @param id a blob id
     * @return the blob, if stored
     */
    public Optional<BlobRef> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM blob WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * Opens a blob for streaming reading; one chunk is held in memory at a time.
     *
     * @param id the blob
     * @return its bytes; close when done
     */
    public InputStream open(long id) {
        BlobRef blob = findById(id).orElseThrow(() -> new WorkbenchException("No blob with id " + id
                + " in the registry: the workspace may be damaged"));
        int chunks = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM blob_chunk WHERE blob_id = :id")
                .bind("id", id).mapTo(Integer.class).one());
        return new BlobInputStream(jdbi, blob, chunks);
    }

    private static BlobRef map(ResultSet rs) throws SQLException {
        return new BlobRef(rs.getLong("id"), rs.getString("sha256").trim(), rs.getLong("size_bytes"),
                rs.getString("media_type"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
