package io.mlworkbench.engine.store;

import io.mlworkbench.engine.task.CancellationToken;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.jdbi.v3.core.Handle;

/**
 * Writes a blob's chunks in order: buffers up to {@link BlobStore#CHUNK_BYTES}, stores each full chunk as one
 * {@code blob_chunk} row, and hashes everything written. At most one chunk is held in memory.
 */
final class BlobOutputStream extends OutputStream {

    private final Handle handle;
    private final long blobId;
    private final CancellationToken cancel;
    private final MessageDigest digest = BlobStore.sha256();
    private final byte[] buffer = new byte[BlobStore.CHUNK_BYTES];
    private int filled;
    private int seq;
    private long size;
    private boolean closed;

    BlobOutputStream(Handle handle, long blobId, CancellationToken cancel) {
        this.handle = handle;
        this.blobId = blobId;
        this.cancel = cancel;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (closed) {
            throw new IllegalStateException("Blob " + blobId + " is already complete; nothing more can be written");
        }
        int at = off;
        int left = len;
        while (left > 0) {
            int n = Math.min(left, buffer.length - filled);
            System.arraycopy(b, at, buffer, filled, n);
            filled += n;
            at += n;
            left -= n;
            if (filled == buffer.length) {
                storeChunk();
            }
        }
    }

    /** Stores the last, partial chunk; later writes are refused. */
    @Override
    public void close() {
        if (!closed) {
            storeChunk();
            closed = true;
        }
    }

    /** @return how many bytes were written */
    long size() {
        return size;
    }

    /** @return the SHA-256 of everything written, 64 lower-case hex digits; call once, after {@link #close()} */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void storeChunk() {
        if (filled == 0) {
            return;
        }
        cancel.throwIfCancelled("storing the data");
        byte[] chunk = filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
        digest.update(chunk);
        size += filled;
        handle.createUpdate("INSERT INTO blob_chunk (blob_id, seq, bytes) VALUES (:id, :seq, :bytes)")
                .bind("id", blobId).bind("seq", seq++).bind("bytes", chunk).execute();
        filled = 0;
    }
}
