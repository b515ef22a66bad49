package io.mlworkbench.engine.store;

import java.io.IOException;
import java.io.InputStream;
import org.jdbi.v3.core.Jdbi;

/** Reads a blob's chunks in order, fetching one chunk at a time. */
final class BlobInputStream extends InputStream {

    private final Jdbi jdbi;
    private final BlobRef blob;
    private final int chunkCount;
    private int nextSeq;
    private byte[] chunk = new byte[0];
    private int pos;
    private boolean closed;

    BlobInputStream(Jdbi jdbi, BlobRef blob, int chunkCount) {
        this.jdbi = jdbi;
        this.blob = blob;
        this.chunkCount = chunkCount;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return chunk[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean fill() throws IOException {
        if (closed) {
            throw new IOException("Blob " + blob.id() + " stream is closed");
        }
        while (pos == chunk.length) {
            if (nextSeq == chunkCount) {
                return false;
            }
            int seq = nextSeq++;
            chunk = jdbi.withHandle(h -> h.createQuery("SELECT bytes FROM blob_chunk WHERE blob_id = :id AND seq = :seq")
                    .bind("id", blob.id()).bind("seq", seq).mapTo(byte[].class).findOne())
                    .orElseThrow(() -> new IOException("Blob " + blob.id() + " (" + blob.sha256() + ") lacks chunk "
                            + seq + " of " + chunkCount + ": the workspace may be damaged"));
            pos = 0;
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        chunk = new byte[0];
        pos = 0;
    }
}
