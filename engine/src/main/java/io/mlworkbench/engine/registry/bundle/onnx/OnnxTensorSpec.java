package io.mlworkbench.engine.registry.bundle.onnx;

import java.util.List;

/**
 * One input or output tensor of an ONNX model, named as in the Open Inference Protocol.
 *
 * @param name the tensor name in the ONNX graph, e.g. {@code input}
 * @param datatype the element type, {@code FP32} for every model the workbench exports
 * @param shape the dimensions; -1 is the variable batch dimension, e.g. {@code [-1, 12]}
 */
public record OnnxTensorSpec(String name, String datatype, List<Long> shape) {

    /** Copies the shape. */
    public OnnxTensorSpec {
        shape = shape == null ? List.of() : List.copyOf(shape);
    }

    /** @return the size of the last dimension (features per row, or outputs per row), -1 when unknown */
    public long width() {
        return shape.isEmpty() ? -1 : shape.get(shape.size() - 1);
    }
}
