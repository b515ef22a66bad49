package io.mlworkbench.engine.registry.bundle.onnx;

import java.util.Optional;

/**
 * What {@link OnnxExporter} produced for one model version.
 *
 * @param model the {@code model.onnx} bytes, empty when the model cannot be (or was not asked to be) exported
 * @param section what the manifest says about it
 */
public record OnnxExport(Optional<byte[]> model, OnnxSection section) {

    /**
     * @param reason why there is no ONNX model
     * @return an export without a model
     */
    public static OnnxExport omitted(String reason) {
        return new OnnxExport(Optional.empty(), OnnxSection.omitted(reason));
    }
}
