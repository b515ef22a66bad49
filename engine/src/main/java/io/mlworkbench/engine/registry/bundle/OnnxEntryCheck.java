package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxExporter;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxSection;
import io.mlworkbench.engine.training.encoding.FeatureEncoding;
import java.util.Objects;
import java.util.Optional;
import org.tribuo.Model;

/**
 * Checks a bundle's optional {@code model.onnx} against the manifest's {@code onnx} section and the Tribuo model:
 * present exactly when the section says so, a parseable ONNX model, and the input tensor, ordered features and
 * outputs the manifest promises. The ONNX model is parsed as protobuf only, never run.
 */
final class OnnxEntryCheck {

    private OnnxEntryCheck() {
    }

    /**
     * @param contents the bundle's entries (checksums already verified)
     * @param manifest its manifest
     * @param model the bundle's Tribuo model
     * @param encoding the bundle's feature encoding
     * @return the sentence for the list of passed checks
     * @throws InvalidBundleException naming the entry and what differs
     */
    static String check(BundleContents contents, BundleManifest manifest, Model<?> model, FeatureEncoding encoding) {
        String bundle = contents.name();
        String entry = BundleFormat.MODEL_ONNX;
        OnnxSection promised = manifest.onnx();
        Optional<byte[]> onnx = contents.find(entry);
        if (onnx.isEmpty()) {
            if (promised.included()) {
                throw new InvalidBundleException(bundle + ": the manifest's onnx section says '" + entry
                        + "' is included, but the bundle has no such entry");
            }
            return "No ONNX model: " + promised.note();
        }
        if (!promised.included()) {
            throw new InvalidBundleException(bundle + ": entry '" + entry + "' is present, but the manifest's onnx"
                    + " section says no ONNX model is included");
        }
        OnnxSection actual;
        try {
            actual = OnnxExporter.describe(onnx.get(), model, encoding);
        } catch (WorkbenchException e) {
            throw new InvalidBundleException(bundle + ": entry '" + entry + "': " + e.getMessage(), e);
        }
        if (!Objects.equals(actual.input(), promised.input()) || !actual.features().equals(promised.features())
                || !Objects.equals(actual.output(), promised.output())
                || !Objects.equals(actual.outputKind(), promised.outputKind())
                || !actual.outputLabels().equals(promised.outputLabels())) {
            throw new InvalidBundleException(bundle + ": entry '" + entry + "' does not match the manifest's onnx"
                    + " section: the model takes " + actual.input() + " with features "
                    + actual.features().stream().map(f -> f.name()).toList() + " and returns " + actual.output()
                    + "; the manifest promises " + promised.input() + " with features "
                    + promised.features().stream().map(f -> f.name()).toList() + " and " + promised.output());
        }
        return "ONNX model parses; its input " + actual.input().name() + " " + actual.input().shape() + " and output "
                + actual.output().name() + " " + actual.output().shape() + " match the manifest";
    }
}
