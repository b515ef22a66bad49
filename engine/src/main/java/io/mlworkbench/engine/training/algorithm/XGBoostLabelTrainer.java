package io.mlworkbench.engine.training.algorithm;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Dataset;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationConverter;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;
import org.tribuo.provenance.impl.TrainerProvenanceImpl;

/**
 * XGBoost classification that trains one model per round for two classes ({@code binary:logistic}) instead of
 * Tribuo's one per class ({@code multi:softprob}), halving the work on binary targets. More than two classes use
 * {@code multi:softprob} as Tribuo does. The result is a plain Tribuo {@link XGBoostModel}; for binary models its
 * output converter is {@link BinaryLogisticConverter}, which round-trips through Tribuo's protobuf format.
 */
public final class XGBoostLabelTrainer extends XGBoostTrainer<Label> {

    /**
     * @param rounds boosting rounds
     * @param parameters XGBoost parameters; the objective is chosen from the number of classes
     */
    public XGBoostLabelTrainer(int rounds, Map<String, Object> parameters) {
        super(rounds, withObjective(parameters));
    }

    private static Map<String, Object> withObjective(Map<String, Object> parameters) {
        Map<String, Object> p = new java.util.HashMap<>(parameters);
        p.put("objective", "multi:softprob");
        return p;
    }

    @Override
    public synchronized XGBoostModel<Label> train(Dataset<Label> examples, Map<String, Provenance> runProvenance,
                                                  int invocationCount) {
        if (examples.getOutputInfo().getUnknownCount() > 0) {
            throw new IllegalArgumentException("The training data holds rows without a label");
        }
        ImmutableOutputInfo<Label> outputInfo = examples.getOutputIDInfo();
        if (invocationCount != INCREMENT_INVOCATION_COUNT) {
            setInvocationCount(invocationCount);
        }
        TrainerProvenance trainerProvenance = getProvenance();
        trainInvocationCounter++;
        Map<String, Object> params = copyParams(overrideParameters);
        boolean binary = outputInfo.size() == 2;
        if (binary) {
            params.put("objective", "binary:logistic");
        } else {
            params.put("num_class", outputInfo.size());
        }
        Booster booster;
        try {
            DMatrixTuple<Label> data = convertExamples(examples, examples.getFeatureIDMap(),
                    (Label l) -> (float) outputInfo.getID(l));
            try {
                booster = XGBoost.train(data.data, params, numTrees, Collections.emptyMap(), null, null);
            } finally {
                data.data.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed to train: " + e.getMessage(), e);
        }
        ModelProvenance provenance = new ModelProvenance(XGBoostModel.class.getName(), OffsetDateTime.now(),
                examples.getProvenance(), trainerProvenance, runProvenance);
        return createModel(binary ? "xgboost-binary-classification-model" : "xgboost-classification-model",
                provenance, examples.getFeatureIDMap(), outputInfo, Collections.singletonList(booster),
                binary ? new BinaryLogisticConverter() : new XGBoostClassificationConverter());
    }

    @Override
    public XGBoostModel<Label> train(Dataset<Label> examples, Map<String, Provenance> runProvenance) {
        return train(examples, runProvenance, INCREMENT_INVOCATION_COUNT);
    }

    @Override
    public TrainerProvenance getProvenance() {
        return new TrainerProvenanceImpl(this);
    }
}
