package io.mlworkbench.engine.registry.bundle.onnx;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mlworkbench.engine.BuildInfo;
import io.mlworkbench.engine.WorkbenchException;
import java.util.List;
import java.util.Map;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.ONNXExportable;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.SparseVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.protos.TensorProto;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.slm.SparseLinearModel;
import org.tribuo.regression.slm.protos.SparseLinearModelProto;
import org.tribuo.util.onnx.ONNXContext;
import org.tribuo.util.onnx.ONNXInitializer;
import org.tribuo.util.onnx.ONNXOperators;
import org.tribuo.util.onnx.ONNXPlaceholder;
import org.tribuo.util.onnx.ONNXRef;

/**
 * Writes an elastic-net ({@link SparseLinearModel}) as one ONNX {@code Gemm} that predicts exactly what Tribuo
 * predicts for the workbench's rows.
 *
 * <p>Why not Tribuo's own export: Tribuo centres only the features an example holds ({@code x_j - mean_j} for
 * present features, 0 for absent ones), while its ONNX graph centres every column of a dense input. The workbench
 * always sends every numeric feature but only the one indicator of a row's category, so the two disagree on
 * every absent indicator. Written out, Tribuo predicts, per output {@code d}:
 * {@code yMean_d + yNorm_d * (sum over numeric j of w_dj (x_j - mean_j) / norm_j
 * + sum over indicators j of w_dj x_j (1 - mean_j) / norm_j)}, which is linear in a dense input whose absent
 * indicators are 0. That linear map (and Tribuo's constant {@code yMean_d + yNorm_d} for a dimension with no
 * active weight) is what this graph holds.
 */
final class SparseLinearOnnxGraph {

    private SparseLinearOnnxGraph() {
    }

    /**
     * @param model the elastic-net model
     * @param features how each of the model's features is computed, in feature id order
     * @param domain the ONNX model domain
     * @param version the ONNX model version
     * @return the ONNX model's bytes
     */
    static byte[] write(SparseLinearModel model, List<OnnxFeature> features, String domain, long version) {
        SparseLinearModelProto proto = parameters(model);
        ImmutableFeatureMap featureMap = model.getFeatureIDMap();
        ImmutableOutputInfo<Regressor> outputs = model.getOutputIDInfo();
        int n = featureMap.size();
        int k = outputs.size();
        double[] mean = vector(proto.getFeatureMeans(), n);
        double[] norm = vector(proto.getFeatureNorms(), n);
        Map<String, SparseVector> weights = model.getWeights();
        double[][] gemm = new double[n][k];
        double[] bias = new double[k];
        for (int d = 0; d < k; d++) {
            String dimension = outputs.getOutput(d).getNames()[0];
            int index = proto.getDimensionsList().indexOf(dimension);
            SparseVector w = weights.get(dimension);
            double yMean = proto.getYMean(index);
            double yNorm = proto.getYNorm(index);
            if (w == null || w.numActiveElements() == 0) {
                bias[d] = yMean + yNorm;
                continue;
            }
            bias[d] = yMean;
            for (int j = 0; j < n; j++) {
                double scaled = yNorm * w.get(j) / norm[j];
                if (features.get(j).isIndicator()) {
                    gemm[j][d] = scaled * (1 - mean[j]);
                } else {
                    gemm[j][d] = scaled;
                    bias[d] -= scaled * mean[j];
                }
            }
        }
        ONNXContext onnx = new ONNXContext();
        onnx.setName("Regression-SparseLinearModel-as-predicted");
        ONNXPlaceholder input = onnx.floatInput("input", n);
        ONNXPlaceholder output = onnx.floatOutput("output", k);
        ONNXInitializer weightTensor = onnx.floatTensor("weights", List.of(n, k), fb -> {
            for (double[] row : gemm) {
                for (double v : row) {
                    fb.put((float) v);
                }
            }
        });
        ONNXInitializer biasTensor = onnx.floatTensor("bias", List.of(k), fb -> {
            for (double v : bias) {
                fb.put((float) v);
            }
        });
        input.apply(ONNXOperators.GEMM, List.<ONNXRef<?>>of(weightTensor, biasTensor)).assignTo(output);
        return ONNXExportable.buildModel(onnx, domain, version, model).toBuilder()
                .setProducerName("MLOps Workbench").setProducerVersion(BuildInfo.version()).build().toByteArray();
    }

    private static SparseLinearModelProto parameters(SparseLinearModel model) {
        try {
            return model.serialize().getSerializedData().unpack(SparseLinearModelProto.class);
        } catch (InvalidProtocolBufferException e) {
            throw new WorkbenchException("Cannot read the elastic-net model's parameters for ONNX export: "
                    + e.getMessage(), e);
        }
    }

    private static double[] vector(TensorProto proto, int size) {
        Tensor tensor = Tensor.deserialize(proto);
        if (!(tensor instanceof SGDVector vector)) {
            throw new WorkbenchException("The elastic-net model stores its feature means as "
                    + tensor.getClass().getSimpleName() + "; expected a vector");
        }
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = vector.get(i);
        }
        return values;
    }
}
