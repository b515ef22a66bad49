package io.mlworkbench.engine.training.run;

/**
 * A named file attached to a run, held in the blob store.
 *
 * @param name e.g. {@code model.tribuo.pb}, {@code evaluation.json}, {@code reference-profile.json}
 * @param mediaType its media type
 * @param blobId where its bytes are
 */
public record RunArtifact(String name, String mediaType, long blobId) {
}
