package io.mlworkbench.engine.registry.bundle.onnx;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The manifest's {@code onnx} object: whether the bundle holds {@code model.onnx} and, when it does, what the
 * ONNX model takes and returns. When it does not, {@link #note} says why (e.g. the model is not linear).
 *
 * @param included true when the bundle holds {@link #ENTRY}
 * @param entry the entry name when included
 * @param note why ONNX is not included, or how the included model was produced
 * @param input the one input tensor: {@code FP32 [-1, features.size()]}
 * @param features the input tensor's columns in order: Tribuo's feature domain order
 * @param output the one output tensor: {@code FP32 [-1, outputLabels.size()]}
 * @param outputKind {@link #PROBABILITIES}, {@link #SCORES} or {@link #VALUES}
 * @param outputLabels what each output column is: class labels, or the regression target
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OnnxSection(boolean included, String entry, String note, OnnxTensorSpec input,
                          List<OnnxFeature> features, OnnxTensorSpec output, String outputKind,
                          List<String> outputLabels) {

    /** The bundle entry holding the ONNX model. */
    public static final String ENTRY = "model.onnx";
    /** Output columns are class probabilities (softmax), summing to 1 per row. */
    public static final String PROBABILITIES = "probabilities";
    /** Output columns are per-class scores (margins), not probabilities; the highest wins. */
    public static final String SCORES = "scores";
    /** Output columns are predicted numbers (regression). */
    public static final String VALUES = "values";

    /** Copies the lists. */
    public OnnxSection {
        features = features == null ? List.of() : List.copyOf(features);
        outputLabels = outputLabels == null ? List.of() : List.copyOf(outputLabels);
    }

    /**
     * @param reason why the bundle holds no ONNX model
     * @return a section saying so
     */
    public static OnnxSection omitted(String reason) {
        return new OnnxSection(false, null, reason, null, List.of(), null, null, List.of());
    }

    /** @return the section of a bundle written before ONNX export existed */
    public static OnnxSection notRecorded() {
        return omitted("This bundle was written by a workbench build without ONNX export");
    }
}
