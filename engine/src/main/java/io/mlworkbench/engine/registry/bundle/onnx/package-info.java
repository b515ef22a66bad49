/**
 * The optional {@code model.onnx} entry of a {@code .mlwb} bundle: which models can be exported to ONNX, how
 * ({@link io.mlworkbench.engine.registry.bundle.onnx.OnnxExporter}), and what the manifest says about the ONNX
 * model's input and output ({@link io.mlworkbench.engine.registry.bundle.onnx.OnnxSection}) so that any ONNX
 * runtime can use it: the ordered feature list, how each feature is computed from a table row, and what the
 * output columns mean. Reading an ONNX file here only parses protobuf; nothing is executed.
 */
package io.mlworkbench.engine.registry.bundle.onnx;
