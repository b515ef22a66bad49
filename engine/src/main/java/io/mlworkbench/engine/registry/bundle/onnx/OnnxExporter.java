package io.mlworkbench.engine.registry.bundle.onnx;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.training.encoding.EncodedColumn;
import io.mlworkbench.engine.training.encoding.FeatureEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.slm.SparseLinearModel;

/**
 * Exports a Tribuo model to ONNX where that gives the same predictions, and describes an ONNX model for the
 * manifest. Linear SGD models (logistic regression, linear SVM) use Tribuo's own export; elastic-net models use
 * {@link SparseLinearOnnxGraph}, because Tribuo's export of them does not reproduce Tribuo's predictions on
 * one-hot inputs. Every other model (trees, XGBoost, k-NN, naive Bayes) has no ONNX form here.
 */
public final class OnnxExporter {

    /** The ONNX model domain written into every exported model. */
    public static final String DOMAIN = "io.mlworkbench";

    private OnnxExporter() {
    }

    /**
     * @param model the Tribuo model
     * @return true when {@link #export} can write it as ONNX
     */
    public static boolean isExportable(Model<?> model) {
        return model instanceof ONNXExportable;
    }

    /**
     * Produces the ONNX model of a version, or says why there is none.
     *
     * @param model the Tribuo model
     * @param encoding how table rows become its features
     * @param modelKind what the model is, for the message when it cannot be exported (e.g. its algorithm name)
     * @param version the version number written into the ONNX model
     * @param stored an ONNX model already stored with the version (an imported bundle's), used as it is
     * @return the ONNX bytes and the manifest section
     * @throws WorkbenchException when the stored ONNX model does not fit the Tribuo model
     */
    public static OnnxExport export(Model<?> model, FeatureEncoding encoding, String modelKind, long version,
                                    Optional<byte[]> stored) {
        if (!isExportable(model)) {
            return OnnxExport.omitted("ONNX export is available for linear models only (logistic regression, linear"
                    + " SVM, linear regression); this is " + article(modelKind) + " " + modelKind + " model");
        }
        byte[] bytes;
        try {
            bytes = stored.orElseGet(() -> write(model, encoding, version));
        } catch (IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
            return OnnxExport.omitted("Tribuo cannot export this " + modelKind + " model to ONNX: " + e.getMessage());
        }
        return new OnnxExport(Optional.of(bytes), describe(bytes, model, encoding));
    }

    /**
     * Describes an ONNX model for the manifest, checking that it fits the Tribuo model it was exported from.
     *
     * @param onnx the ONNX model's bytes
     * @param model the Tribuo model
     * @param encoding how table rows become its features
     * @return the manifest section
     * @throws WorkbenchException when the bytes are not an ONNX model, or its input or output width differs from
     *     the Tribuo model's features or outputs
     */
    public static OnnxSection describe(byte[] onnx, Model<?> model, FeatureEncoding encoding) {
        OnnxGraphSignature graph = OnnxGraphSignature.read(onnx);
        List<OnnxFeature> features = features(model.getFeatureIDMap(), encoding);
        if (graph.input().width() != features.size()) {
            throw new WorkbenchException("the ONNX input '" + graph.input().name() + "' takes " + graph.input().width()
                    + " features per row; the model has " + features.size());
        }
        List<String> labels = new ArrayList<>();
        boolean classification = false;
        ImmutableOutputInfo<?> outputs = model.getOutputIDInfo();
        for (int i = 0; i < outputs.size(); i++) {
            Output<?> output = outputs.getOutput(i);
            classification = output instanceof Label;
            labels.add(output instanceof Label label ? label.getLabel() : ((Regressor) output).getNames()[0]);
        }
        if (graph.output().width() != labels.size()) {
            throw new WorkbenchException("the ONNX output '" + graph.output().name() + "' has "
                    + graph.output().width() + " columns per row; the model has " + labels.size() + " outputs");
        }
        String kind = !classification ? OnnxSection.VALUES
                : model.generatesProbabilities() ? OnnxSection.PROBABILITIES : OnnxSection.SCORES;
        return new OnnxSection(true, OnnxSection.ENTRY, "Produced by " + graph.producer() + "; one FP32 row per"
                + " record, features in the order listed", graph.input(), features, graph.output(), kind, labels);
    }

    private static byte[] write(Model<?> model, FeatureEncoding encoding, long version) {
        if (model instanceof SparseLinearModel linear) {
            return SparseLinearOnnxGraph.write(linear, features(model.getFeatureIDMap(), encoding), DOMAIN, version);
        }
        return ((ONNXExportable) model).exportONNXModel(DOMAIN, version).toByteArray();
    }

    private static List<OnnxFeature> features(ImmutableFeatureMap featureMap, FeatureEncoding encoding) {
        List<OnnxFeature> features = new ArrayList<>(featureMap.size());
        for (int id = 0; id < featureMap.size(); id++) {
            String name = featureMap.get(id).getName();
            String columnName = encoding.columnOf(name);
            EncodedColumn column = encoding.columns().stream().filter(c -> c.name().equals(columnName)).findFirst()
                    .orElseThrow(() -> new WorkbenchException("the model's feature '" + name + "' comes from no"
                            + " input column of the encoding " + encoding.inputColumns()));
            features.add(OnnxFeature.of(name, column));
        }
        return features;
    }

    private static String article(String word) {
        return !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
