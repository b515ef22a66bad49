package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.registry.bundle.onnx.OnnxSection;
import java.util.Set;
import java.util.regex.Pattern;

/** The entry names of a {@code .mlwb} bundle, and which names a bundle may use at all. */
public final class BundleFormat {

    /** The file name extension. */
    public static final String EXTENSION = ".mlwb";
    /** The manifest. */
    public static final String MANIFEST = "manifest.json";
    /** SHA-256 of every entry, in {@code sha256sum} format. */
    public static final String CHECKSUMS = "checksums.sha256";
    /** The Ed25519 signature over the manifest's bytes. */
    public static final String SIGNATURE = "signature.ed25519";
    /** The signer's public key (PEM), so a signature can be checked; trust comes from the workspace. */
    public static final String SIGNER_KEY = "signer.pub.pem";
    /** The Tribuo model in protobuf form. */
    public static final String MODEL = "model.tribuo.pb";
    /** How table rows become model features. */
    public static final String ENCODING = "feature-encoding.json";
    /** Metrics, curves, confusion matrix, importance. */
    public static final String EVALUATION = "evaluation.json";
    /** Histograms and category counts of the training inputs, for drift monitoring. */
    public static final String PROFILE = "reference-profile.json";
    /** Tribuo's provenance. */
    public static final String PROVENANCE = "provenance.json";
    /** The run's algorithm, seed and stored spec. */
    public static final String RUN = "run.json";
    /** Where the model came from. */
    public static final String LINEAGE = "lineage.json";
    /** Every stored metric. */
    public static final String METRICS = "metrics.json";
    /** The fitted feature pipeline, when the run used one. */
    public static final String PIPELINE = "feature-pipeline.json";
    /** The validation suite of the training data, when one exists. */
    public static final String VALIDATION = "validation-suite.json";
    /** The ONNX form of the model, for linear models when the export asks for it. */
    public static final String MODEL_ONNX = OnnxSection.ENTRY;
    /** The human-readable model card. */
    public static final String MODEL_CARD = "model-card.html";

    /** Entries that need not be listed in the manifest because they describe it. */
    static final Set<String> ENVELOPE = Set.of(MANIFEST, CHECKSUMS, SIGNATURE, SIGNER_KEY);
    /** Entries every bundle must hold. */
    static final Set<String> REQUIRED = Set.of(MODEL, ENCODING, RUN, LINEAGE, METRICS);

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private BundleFormat() {
    }

    /**
     * @param name a zip entry name
     * @return true when it is a plain file name: no folder, no {@code ..}, not absolute
     */
    static boolean isSafeName(String name) {
        return SAFE_NAME.matcher(name).matches() && !name.contains("..");
    }
}
