package io.mlworkbench.engine.registry.bundle;

import java.security.KeyPair;
import java.util.Optional;

/**
 * How {@link BundleExporter} writes a bundle.
 *
 * @param signingKey the team key to sign with ({@link BundleKeys#readSigningKey}), or empty for an unsigned bundle
 * @param includeOnnx true to add {@code model.onnx} when the model can be exported to ONNX (linear models)
 */
public record BundleExportOptions(Optional<KeyPair> signingKey, boolean includeOnnx) {

    /** Fills an empty key. */
    public BundleExportOptions {
        signingKey = signingKey == null ? Optional.empty() : signingKey;
    }

    /** @return unsigned, with ONNX where the model allows it */
    public static BundleExportOptions defaults() {
        return new BundleExportOptions(Optional.empty(), true);
    }

    /**
     * @param key the signing key, or empty
     * @return these options signing with that key
     */
    public BundleExportOptions withSigningKey(Optional<KeyPair> key) {
        return new BundleExportOptions(key, includeOnnx);
    }

    /**
     * @param include true to include {@code model.onnx} where possible
     * @return these options with that choice
     */
    public BundleExportOptions withOnnx(boolean include) {
        return new BundleExportOptions(signingKey, include);
    }
}
