package io.mlworkbench.engine.training;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.store.BlobRef;
import io.mlworkbench.engine.store.BlobStore;
import io.mlworkbench.engine.task.CancellationToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores run artifacts (models, JSON documents) as whole byte arrays in the registry's content-addressed blob store
 * ({@link BlobStore}: chunked, identical content stored once). Called inside the caller's transaction, so an
 * artifact is written together with the run that owns it. Reading checks the bytes against their SHA-256.
 */
public final class ModelStore {

    private final BlobStore blobs;

    /**
     * @param jdbi the registry's Jdbi
     * @param clock stamps new blobs
     */
    public ModelStore(Jdbi jdbi, Clock clock) {
        this.blobs = new BlobStore(jdbi, clock);
    }

    /**
     * Stores bytes, or finds the identical bytes already stored.
     *
     * @param bytes the content
     * @param mediaType e.g. {@code application/x-protobuf} or {@code application/json}
     * @return the blob id
     */
    public long put(byte[] bytes, String mediaType) {
        return blobs.write(new ByteArrayInputStream(bytes), mediaType, CancellationToken.never()).id();
    }

    /**
     * @param blobId a blob id
     * @return the stored bytes, checked against their SHA-256
     * @throws WorkbenchException when the blob is missing or damaged
     */
    public byte[] get(long blobId) {
        BlobRef blob = blobs.findById(blobId)
                .orElseThrow(() -> new WorkbenchException("Blob " + blobId + " is not in the registry"));
        byte[] bytes;
        try (InputStream in = blobs.open(blobId)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new WorkbenchException("Could not read blob " + blobId + ": " + e.getMessage(), e);
        }
        if (!sha256(bytes).equals(blob.sha256())) {
            throw new WorkbenchException("Blob " + blobId + " is damaged: its content no longer matches SHA-256 "
                    + blob.sha256());
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
