package io.mlworkbench.engine.features.store;

import io.mlworkbench.engine.WorkbenchException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes and reads content-addressed blobs in the registry's {@code blob} / {@code blob_chunk} tables, in chunks so
 * that no blob needs to fit in one array. Identical content is stored once. Call {@link #write} inside the
 * caller's transaction: a failure leaves nothing behind. (To be merged with the data engine's blob store.)
 */
public final class FeatureBlobStore {

    /** The size of one stored chunk. */
    static final int CHUNK_BYTES = 1 << 20;

    /** Produces a blob's content. */
    @FunctionalInterface
    public interface ContentWriter {

        /**
         * @param out where to write the content; closing it is not needed
         * @throws IOException when producing the content fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private final Jdbi jdbi;
    private final Clock clock;

    /**
     * @param jdbi the registry's Jdbi
     * @param clock stamps new blobs
     */
    public FeatureBlobStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * @param mediaType the content's media type
     * @param content produces the content
     * @return the id of the blob holding it (an existing one when identical content was stored before)
     */
    public long write(String mediaType, ContentWriter content) {
        String pending = ("pending" + UUID.randomUUID().toString().replace("-", "") + "0".repeat(64)).substring(0, 64);
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO blob (sha256, size_bytes, media_type, created_at)"
                        + " VALUES (:sha, 0, :type, :at)").bind("sha", pending).bind("type", mediaType)
                .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        ChunkStream chunks = new ChunkStream(id);
        try {
            content.writeTo(chunks);
            chunks.close();
        } catch (IOException e) {
            throw new WorkbenchException("Could not write a " + mediaType + " blob to the registry: " + e.getMessage(),
                    e);
        }
        String sha = HexFormat.of().formatHex(chunks.digest.digest());
        Optional<Long> existing = jdbi.withHandle(h -> h.createQuery("SELECT id FROM blob WHERE sha256 = :sha")
                .bind("sha", sha).mapTo(Long.class).findOne());
        if (existing.isPresent()) {
            jdbi.useHandle(h -> {
                h.createUpdate("DELETE FROM blob_chunk WHERE blob_id = :id").bind("id", id).execute();
                h.createUpdate("DELETE FROM blob WHERE id = :id").bind("id", id).execute();
            });
            return existing.get();
        }
        jdbi.useHandle(h -> h.createUpdate("UPDATE blob SET sha256 = :sha, size_bytes = :size WHERE id = :id")
                .bind("sha", sha).bind("size", chunks.size).bind("id", id).execute());
        return id;
    }

    /**
     * @param blobId a blob
     * @return its content, read chunk by chunk
     */
    public InputStream open(long blobId) {
        List<Integer> seqs = jdbi.withHandle(h -> h.createQuery("SELECT seq FROM blob_chunk WHERE blob_id = :id"
                + " ORDER BY seq").bind("id", blobId).mapTo(Integer.class).list());
        return new InputStream() {
            private int next;
            private InputStream current = InputStream.nullInputStream();

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (true) {
                    int n = current.read(b, off, len);
                    if (n >= 0 || next >= seqs.size()) {
                        return n;
                    }
                    int seq = seqs.get(next++);
                    byte[] bytes = jdbi.withHandle(h -> h.createQuery("SELECT bytes FROM blob_chunk WHERE blob_id = :id"
                            + " AND seq = :seq").bind("id", blobId).bind("seq", seq).mapTo(byte[].class).one());
                    current = new ByteArrayInputStream(bytes);
                }
            }
        };
    }

    /** Buffers a chunk, stores it when full, and hashes everything. */
    private final class ChunkStream extends OutputStream {

        private final long blobId;
        private final byte[] buffer = new byte[CHUNK_BYTES];
        private final MessageDigest digest;
        private int filled;
        private int seq;
        private long size;
        private boolean closed;

        ChunkStream(long blobId) {
            this.blobId = blobId;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == buffer.length) {
                    flushChunk();
                }
            }
        }

        private void flushChunk() {
            if (filled == 0) {
                return;
            }
            byte[] bytes = java.util.Arrays.copyOf(buffer, filled);
            digest.update(bytes);
            size += filled;
            int s = seq++;
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO blob_chunk (blob_id, seq, bytes) VALUES (:id, :seq, :b)")
                    .bind("id", blobId).bind("seq", s).bind("b", bytes).execute());
            filled = 0;
        }

        @Override
        public void close() {
            if (!closed) {
                flushChunk();
                closed = true;
            }
        }
    }
}
