package io.mlworkbench.engine.registry.bundle;

import java.security.PublicKey;
import java.util.Map;

/**
 * What a workspace trusts when importing bundles.
 *
 * @param requireSigned true when only bundles signed by a trusted key may be imported
 * @param trustedKeys the trusted team keys by fingerprint ({@link BundleKeys#fingerprint})
 */
public record BundleTrust(boolean requireSigned, Map<String, PublicKey> trustedKeys) {

    /** Copies the keys. */
    public BundleTrust {
        trustedKeys = Map.copyOf(trustedKeys);
    }

    /** @return trust for a workspace that accepts unsigned bundles and knows no keys */
    public static BundleTrust open() {
        return new BundleTrust(false, Map.of());
    }
}
