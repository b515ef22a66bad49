package io.mlworkbench.engine.store;

import java.time.Instant;

/**
 * A stored blob: content-addressed bytes in the registry.
 *
 * @param id the blob's id
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
 * @param sizeBytes its length in bytes
 * @param mediaType what the bytes are, e.g. {@code application/x-mlwb-columnar}
 * @param createdAt when it was first stored
 */
public record BlobRef(long id, String sha256, long sizeBytes, String mediaType, Instant createdAt) {
}
