/**
 * The {@code .mlwb} model bundle: one zip file per model version that a team can pass around.
 *
 * <ul>
 *   <li><b>Export</b> ({@link io.mlworkbench.engine.registry.bundle.BundleExporter}) writes the manifest, the Tribuo
 *       model in protobuf form, its encoding, evaluation, reference profile, lineage, feature pipeline and
 *       validation suite when they exist, a model card and SHA-256 checksums; for linear models (unless asked not
 *       to) the ONNX form {@code model.onnx} with its input and output described in the manifest
 *       ({@link io.mlworkbench.engine.registry.bundle.onnx}); optionally an Ed25519 signature over the manifest
 *       ({@link io.mlworkbench.engine.registry.bundle.BundleKeys}). Written atomically.</li>
 *   <li><b>Import</b> ({@link io.mlworkbench.engine.registry.bundle.BundleImporter}) treats the file as untrusted:
 *       {@link io.mlworkbench.engine.registry.bundle.BundleArchive} refuses zip-slip names, duplicate names, too many
 *       or too large entries and truncated archives; {@link io.mlworkbench.engine.registry.bundle.BundleVerifier}
 *       refuses an unknown format version, a checksum that differs (naming the entry) and a bad or missing
 *       signature, and a {@code model.onnx} that does not match the manifest's description. Nothing is ever
 *       Java-deserialised or executed: JSON and protobuf only. The import records a portable
 *       "imported run" with the bundle's metrics and artifacts and registers it as a new version.</li>
 * </ul>
 */
package io.mlworkbench.engine.registry.bundle;
