package io.mlworkbench.engine.registry.bundle.onnx;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.InvalidProtocolBufferException;
import io.mlworkbench.engine.WorkbenchException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The single input and single output of an ONNX model, read from its protobuf bytes (parsed, never run).
 *
 * @param input the input tensor
 * @param output the output tensor
 * @param producer the producing library and its version, e.g. {@code Tribuo 4.3.2}
 */
record OnnxGraphSignature(OnnxTensorSpec input, OnnxTensorSpec output, String producer) {

    /**
     * @param onnx the bytes of an ONNX model
     * @return its input and output
     * @throws WorkbenchException when the bytes are not an ONNX model with exactly one input and one output
     */
    static OnnxGraphSignature read(byte[] onnx) {
        OnnxMl.ModelProto model;
        try {
            model = OnnxMl.ModelProto.parseFrom(onnx);
        } catch (InvalidProtocolBufferException e) {
            throw new WorkbenchException("not an ONNX model (protobuf does not parse: " + e.getMessage() + ")", e);
        }
        OnnxMl.GraphProto graph = model.getGraph();
        Set<String> initializers = new HashSet<>();
        graph.getInitializerList().forEach(t -> initializers.add(t.getName()));
        List<OnnxMl.ValueInfoProto> inputs = graph.getInputList().stream()
                .filter(v -> !initializers.contains(v.getName())).toList();
        if (inputs.size() != 1 || graph.getOutputCount() != 1) {
            throw new WorkbenchException("the ONNX graph has " + inputs.size() + " inputs and "
                    + graph.getOutputCount() + " outputs; expected one input tensor and one output tensor");
        }
        return new OnnxGraphSignature(tensor(inputs.get(0)), tensor(graph.getOutput(0)),
                (model.getProducerName() + " " + model.getProducerVersion()).trim());
    }

    private static OnnxTensorSpec tensor(OnnxMl.ValueInfoProto value) {
        OnnxMl.TypeProto.Tensor type = value.getType().getTensorType();
        List<Long> shape = new ArrayList<>();
        for (OnnxMl.TensorShapeProto.Dimension d : type.getShape().getDimList()) {
            shape.add(d.hasDimValue() ? d.getDimValue() : -1L);
        }
        return new OnnxTensorSpec(value.getName(), datatype(type.getElemType()), shape);
    }

    private static String datatype(int elemType) {
        return switch (elemType) {
            case OnnxMl.TensorProto.DataType.FLOAT_VALUE -> "FP32";
            case OnnxMl.TensorProto.DataType.DOUBLE_VALUE -> "FP64";
            case OnnxMl.TensorProto.DataType.INT64_VALUE -> "INT64";
            case OnnxMl.TensorProto.DataType.INT32_VALUE -> "INT32";
            default -> "ONNX_TYPE_" + elemType;
        };
    }
}
