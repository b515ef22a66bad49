package io.mlworkbench.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.task.CancellationSource;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.OperationCancelledException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Blobs are stored in chunks of at most 1 MiB, once per content, and read back as a stream. */
class BlobStoreTest {

    private final RegistryDatabase db = RegistryDatabase.openInMemory("blob" + UUID.randomUUID().toString().replace("-", ""));
    private final BlobStore store = new BlobStore(db.jdbi(), Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private long count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private byte[] readBack(BlobRef blob) throws IOException {
        try (InputStream in = store.open(blob.id())) {
            return in.readAllBytes();
        }
    }

    @Test
    void storesInChunksAndReadsBackTheSameBytes() throws IOException, NoSuchAlgorithmException {
        byte[] data = random(3 * BlobStore.CHUNK_BYTES + 12_345, 1);

        BlobRef ref = store.write(new ByteArrayInputStream(data), "application/octet-stream", CancellationToken.never());

        assertThat(ref.sizeBytes()).isEqualTo(data.length);
        assertThat(ref.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
        assertThat(count("blob_chunk")).isEqualTo(4);
        assertThat(readBack(ref)).isEqualTo(data);
    }

    @Test
    void storesEqualContentOnce() {
        byte[] data = random(100_000, 2);
        BlobRef first = store.write(new ByteArrayInputStream(data), "x", CancellationToken.never());

        BlobRef second = store.write(new ByteArrayInputStream(data), "x", CancellationToken.never());

        assertThat(second).isEqualTo(first);
        assertThat(count("blob")).isEqualTo(1);
        assertThat(count("blob_chunk")).isEqualTo(1);
        assertThat(store.findBySha256(first.sha256())).contains(first);
    }

    @Test
    void failedTransactionLeavesNoBlob() {
        byte[] data = random(2 * BlobStore.CHUNK_BYTES, 3);

        assertThatThrownBy(() -> db.useTransaction(h -> {
            store.write(new ByteArrayInputStream(data), "x", CancellationToken.never());
            throw new IllegalStateException("later step failed");
        })).hasMessage("later step failed");

        assertThat(count("blob")).isZero();
        assertThat(count("blob_chunk")).isZero();
    }

    @Test
    void cancelledWriteLeavesNoBlob() {
        CancellationSource token = new CancellationSource();
        token.cancel();

        assertThatThrownBy(() -> store.write(new ByteArrayInputStream(random(10, 4)), "x", token))
                .isInstanceOf(OperationCancelledException.class);

        assertThat(count("blob")).isZero();
    }

    @Test
    void emptyContentIsABlobToo() throws IOException {
        BlobRef ref = store.write(new ByteArrayInputStream(new byte[0]), "x", CancellationToken.never());
        try (InputStream in = store.open(ref.id())) {
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void writerContentIsChunkedLikeStreamedContent() throws IOException {
        byte[] data = random(2 * BlobStore.CHUNK_BYTES + 77, 5);

        BlobRef written = store.write("x", out -> {
            for (int at = 0; at < data.length; at += 1000) {
                out.write(data, at, Math.min(1000, data.length - at));
            }
        }, CancellationToken.never());

        assertThat(written.sizeBytes()).isEqualTo(data.length);
        assertThat(count("blob_chunk")).isEqualTo(3);
        assertThat(readBack(written)).isEqualTo(data);
    }

    @Test
    void writerContentEqualToStreamedContentIsStoredOnce() {
        byte[] data = random(50_000, 6);
        BlobRef streamed = store.write(new ByteArrayInputStream(data), "x", CancellationToken.never());

        BlobRef written = store.write("x", out -> out.write(data), CancellationToken.never());

        assertThat(written).isEqualTo(streamed);
        assertThat(count("blob")).isEqualTo(1);
    }

    @Test
    void failingWriterLeavesNoBlobAndNamesTheMediaType() {
        assertThatThrownBy(() -> store.write("application/x-test", out -> {
            out.write(random(BlobStore.CHUNK_BYTES + 1, 7));
            throw new IOException("disk full");
        }, CancellationToken.never()))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("application/x-test").hasMessageContaining("disk full");

        assertThat(count("blob")).isZero();
        assertThat(count("blob_chunk")).isZero();
    }

    @Test
    void cancelledWriterLeavesNoBlob() {
        CancellationSource token = new CancellationSource();

        assertThatThrownBy(() -> store.write("x", out -> {
            out.write(random(BlobStore.CHUNK_BYTES, 8));
            token.cancel();
            out.write(random(10, 9));
        }, token)).isInstanceOf(OperationCancelledException.class);

        assertThat(count("blob")).isZero();
        assertThat(count("blob_chunk")).isZero();
    }
}
