package io.mlworkbench.engine.training.algorithm;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostOutputConverter;
import org.tribuo.common.xgboost.protos.XGBoostOutputConverterProto;
import org.tribuo.protos.ProtoSerializableClass;
import org.tribuo.protos.ProtoUtil;

/**
 * Turns the single probability of an XGBoost {@code binary:logistic} model (the probability of the class with
 * id 1) into a Tribuo prediction over both labels. Stateless; serialised in Tribuo's protobuf format.
 */
@ProtoSerializableClass(version = BinaryLogisticConverter.CURRENT_VERSION)
public final class BinaryLogisticConverter implements XGBoostOutputConverter<Label> {

    private static final long serialVersionUID = 1L;

    /** Protobuf serialisation version. */
    public static final int CURRENT_VERSION = 0;

    /** Creates the converter. */
    public BinaryLogisticConverter() {
    }

    /**
     * Deserialisation factory called by Tribuo's {@code ProtoUtil}.
     *
     * @param version the stored version
     * @param className the stored class name
     * @param message the stored data (empty)
     * @return the converter
     */
    public static BinaryLogisticConverter deserializeFromProto(int version, String className, Any message) {
        if (version < 0 || version > CURRENT_VERSION) {
            throw new IllegalArgumentException("Unknown version " + version + ", this class supports at most version "
                    + CURRENT_VERSION);
        }
        if (!message.getValue().equals(ByteString.EMPTY)) {
            throw new IllegalArgumentException("Invalid proto for " + className);
        }
        return new BinaryLogisticConverter();
    }

    @Override
    public boolean generatesProbabilities() {
        return true;
    }

    @Override
    public Prediction<Label> convertOutput(ImmutableOutputInfo<Label> info, List<float[]> probabilities,
                                           int numValidFeatures, Example<Label> example) {
        return prediction(info, probabilities.get(0)[0], numValidFeatures, example);
    }

    @Override
    public List<Prediction<Label>> convertBatchOutput(ImmutableOutputInfo<Label> info, List<float[][]> probabilities,
                                                      int[] numValidFeatures, Example<Label>[] examples) {
        float[][] p = probabilities.get(0);
        List<Prediction<Label>> predictions = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            predictions.add(prediction(info, p[i][0], numValidFeatures[i], examples[i]));
        }
        return predictions;
    }

    private static Prediction<Label> prediction(ImmutableOutputInfo<Label> info, double positive, int valid,
                                                Example<Label> example) {
        LinkedHashMap<String, Label> scores = new LinkedHashMap<>();
        Label negative = new Label(info.getOutput(0).getLabel(), 1.0 - positive);
        Label pos = new Label(info.getOutput(1).getLabel(), positive);
        scores.put(negative.getLabel(), negative);
        scores.put(pos.getLabel(), pos);
        return new Prediction<>(positive > 0.5 ? pos : negative, scores, valid, example, true);
    }

    @Override
    public XGBoostOutputConverterProto serialize() {
        return ProtoUtil.serialize(this);
    }

    @Override
    public Class<Label> getTypeWitness() {
        return Label.class;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryLogisticConverter;
    }

    @Override
    public int hashCode() {
        return BinaryLogisticConverter.class.hashCode();
    }
}
