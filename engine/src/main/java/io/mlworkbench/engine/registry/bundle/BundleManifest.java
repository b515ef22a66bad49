package io.mlworkbench.engine.registry.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxSection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code manifest.json}: what a bundle is and holds. The signature, when present, is over this file's bytes, and
 * this file lists every other entry's SHA-256, so the signature covers the whole bundle.
 *
 * @param formatVersion the bundle format, {@link #FORMAT_VERSION} for bundles this build writes
 * @param modelName the registered model's name where it was exported
 * @param modelVersion its version number there
 * @param createdAt when the bundle was written (ISO-8601)
 * @param createdBy who wrote it
 * @param libraries library versions by name ({@code workbench}, {@code tribuo}, {@code java})
 * @param inputs the input columns the model expects, in order
 * @param output what it predicts
 * @param entries every other entry with its SHA-256 and size
 * @param onnx whether {@code model.onnx} is included, its input (ordered features) and output, or why not;
 *     {@link OnnxSection#notRecorded()} for bundles written before ONNX export existed
 */
public record BundleManifest(int formatVersion, String modelName, int modelVersion, String createdAt,
                             String createdBy, Map<String, String> libraries, List<InputField> inputs,
                             OutputField output, List<BundleEntry> entries, OnnxSection onnx) {

    /** The format version this build writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** Copies the collections; a missing ONNX section reads as not recorded. */
    public BundleManifest {
        libraries = libraries == null ? Map.of() : Map.copyOf(libraries);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        entries = entries == null ? List.of() : List.copyOf(entries);
        onnx = onnx == null ? OnnxSection.notRecorded() : onnx;
    }

    /**
     * @param name an entry name
     * @return the entry listed under that name
     */
    public Optional<BundleEntry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** @return the JSON bytes of this manifest */
    byte[] toJson() {
        return BundleJson.write(this);
    }

    /**
     * Reads a manifest, checking the format version before anything else.
     *
     * @param bundle the bundle's name, for messages
     * @param json the bytes of {@code manifest.json}
     * @return the manifest
     * @throws InvalidBundleException when it is not JSON, has another format version or misses a field
     */
    static BundleManifest read(String bundle, byte[] json) {
        JsonNode root = BundleJson.tree(bundle, BundleFormat.MANIFEST, json);
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new InvalidBundleException(bundle + ": " + BundleFormat.MANIFEST + " has no formatVersion: this is"
                    + " not a workbench bundle");
        }
        if (version.asInt() != FORMAT_VERSION) {
            throw new InvalidBundleException(bundle + ": unknown bundle format version " + version.asInt()
                    + " (this build reads version " + FORMAT_VERSION + "); use a workbench release that wrote it");
        }
        BundleManifest manifest = BundleJson.value(bundle, BundleFormat.MANIFEST, root, BundleManifest.class);
        if (manifest.modelName() == null || manifest.output() == null || manifest.entries().isEmpty()) {
            throw new InvalidBundleException(bundle + ": " + BundleFormat.MANIFEST
                    + " misses modelName, output or entries");
        }
        return manifest;
    }
}
