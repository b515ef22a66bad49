package io.mlworkbench.engine.training;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.encoding.ExampleFactory;
import io.mlworkbench.engine.training.encoding.FeatureEncoding;
import io.mlworkbench.engine.training.evaluation.ClassificationMetrics;
import io.mlworkbench.engine.training.evaluation.ClassificationScores;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import io.mlworkbench.engine.training.evaluation.RegressionEvaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A trained model ready to predict on tables: the Tribuo model, the encoding that turns table rows into its
 * features, and what produced it (algorithm, values, seed). Saved as Tribuo protobuf bytes plus the encoding as
 * JSON; never Java-serialised.
 */
public final class TrainedModel {

    private final String algorithm;
    private final ParameterValues parameters;
    private final long seed;
    private final FeatureEncoding encoding;
    private final Model<?> model;

    /**
     * @param algorithm the algorithm id
     * @param parameters the hyperparameter values it was trained with
     * @param seed the seed
     * @param encoding the fitted encoding
     * @param model the Tribuo model ({@code Model<Label>} or {@code Model<Regressor>})
     */
    public TrainedModel(String algorithm, ParameterValues parameters, long seed, FeatureEncoding encoding,
                        Model<?> model) {
        this.algorithm = algorithm;
        this.parameters = parameters;
        this.seed = seed;
        this.encoding = encoding;
        this.model = model;
    }

    /** @return the algorithm id */
    public String algorithm() {
        return algorithm;
    }

    /** @return the hyperparameter values */
    public ParameterValues parameters() {
        return parameters;
    }

    /** @return the training seed */
    public long seed() {
        return seed;
    }

    /** @return the encoding of table rows into model features */
    public FeatureEncoding encoding() {
        return encoding;
    }

    /** @return the Tribuo model, with its provenance */
    public Model<?> tribuoModel() {
        return model;
    }

    /** @return the model in Tribuo's protobuf format */
    public byte[] toProtobuf() {
        return model.serialize().toByteArray();
    }

    /**
     * Reads a Tribuo model from protobuf bytes (never Java deserialisation).
     *
     * @param bytes the bytes written by {@link #toProtobuf()}
     * @return the Tribuo model
     * @throws WorkbenchException when the bytes are not a Tribuo model
     */
    public static Model<?> readProtobuf(byte[] bytes) {
        try {
            return Model.deserialize(ModelProto.parseFrom(bytes));
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new WorkbenchException("The stored model is not a readable Tribuo protobuf model: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Scores labelled rows (classification).
     *
     * @param table a table with the input columns and the target
     * @param rows rows with a target value
     * @return true classes and per-class scores
     */
    public ClassificationScores classify(Table table, int[] rows) {
        ExampleFactory factory = ExampleFactory.bind(encoding, table);
        return scores(factory, rows, predictLabels(factory.unlabelled(rows, LabelFactory.UNKNOWN_LABEL)));
    }

    /**
     * Scores rows whose input column {@code column} is taken from {@code sourceRows} (permutation importance).
     *
     * @param table the table
     * @param rows rows with a target
     * @param column input column index in the encoding
     * @param sourceRows per row, the row lending the column's value
     * @return the scores
     */
    ClassificationScores classifyWithColumnFrom(Table table, int[] rows, int column, int[] sourceRows) {
        ExampleFactory factory = ExampleFactory.bind(encoding, table);
        return scores(factory, rows, predictLabels(factory.withColumnFrom(rows, LabelFactory.UNKNOWN_LABEL, column,
                sourceRows)));
    }

    /**
     * Predicts numbers (regression).
     *
     * @param table a table with the input columns
     * @param rows the rows
     * @return one prediction per row
     */
    public double[] regress(Table table, int[] rows) {
        ExampleFactory factory = ExampleFactory.bind(encoding, table);
        return values(predictNumbers(factory.unlabelled(rows, RegressionFactory.UNKNOWN_REGRESSOR)));
    }

    double[] regressWithColumnFrom(Table table, int[] rows, int column, int[] sourceRows) {
        ExampleFactory factory = ExampleFactory.bind(encoding, table);
        return values(predictNumbers(factory.withColumnFrom(rows, RegressionFactory.UNKNOWN_REGRESSOR, column,
                sourceRows)));
    }

    /**
     * Evaluates the model on labelled rows.
     *
     * @param table the table
     * @param rows rows with a target value
     * @param positiveLabel for binary targets the positive class, or null for the second label in sorted order
     * @return the metrics
     */
    public Evaluation evaluate(Table table, int[] rows, String positiveLabel) {
        return score(table, rows, positiveLabel).evaluation();
    }

    /**
     * Evaluates the model on labelled rows and keeps the row-by-row predictions.
     *
     * @param table the table
     * @param rows rows with a target value
     * @param positiveLabel for binary targets the positive class, or null
     * @return the metrics and the predictions
     */
    public Scored score(Table table, int[] rows, String positiveLabel) {
        if (encoding.task() == TaskType.CLASSIFICATION) {
            ClassificationScores s = classify(table, rows);
            double[] actual = new double[rows.length];
            double[] predicted = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                actual[i] = s.actual()[i];
                predicted[i] = s.predicted(i);
            }
            return new Scored(ClassificationMetrics.evaluate(s, positiveLabel),
                    new TestPredictions(rows, s.labels(), actual, predicted));
        }
        ExampleFactory factory = ExampleFactory.bind(encoding, table);
        double[] actual = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            actual[i] = factory.regressor(rows[i]).getValues()[0];
        }
        double[] predicted = regress(table, rows);
        return new Scored(RegressionEvaluation.of(actual, predicted, 500),
                new TestPredictions(rows, List.of(), actual, predicted));
    }

    /**
     * Metrics with the predictions they were computed from.
     *
     * @param evaluation the metrics
     * @param predictions per row, true and predicted class index (or value)
     */
    public record Scored(Evaluation evaluation, TestPredictions predictions) {
    }

    /**
     * Predicts rows for people and services: the label (or number) and, for classifiers, the class scores.
     *
     * @param table a table with the input columns (the target may be absent)
     * @param rows the rows
     * @return one prediction per row
     */
    public List<RowPrediction> predict(Table table, int[] rows) {
        ExampleFactory factory = ExampleFactory.bind(encoding, table);
        List<RowPrediction> result = new ArrayList<>(rows.length);
        if (encoding.task() == TaskType.REGRESSION) {
            for (double v : values(predictNumbers(factory.unlabelled(rows, RegressionFactory.UNKNOWN_REGRESSOR)))) {
                result.add(new RowPrediction(null, v, Map.of()));
            }
            return result;
        }
        for (Prediction<Label> p : predictLabels(factory.unlabelled(rows, LabelFactory.UNKNOWN_LABEL))) {
            Map<String, Double> scores = new LinkedHashMap<>();
            for (String label : encoding.classLabels()) {
                Label l = p.getOutputScores().get(label);
                scores.put(label, l == null ? 0.0 : l.getScore());
            }
            result.add(new RowPrediction(p.getOutput().getLabel(), Double.NaN, scores));
        }
        return result;
    }

    /**
     * One row's prediction.
     *
     * @param label the predicted class (classification), else null
     * @param value the predicted number (regression), else NaN
     * @param scores per class, its probability (or margin for non-probabilistic models)
     */
    public record RowPrediction(String label, double value, Map<String, Double> scores) {
    }

    @SuppressWarnings("unchecked")
    private List<Prediction<Label>> predictLabels(List<Example<Label>> examples) {
        return ((Model<Label>) model).predict(examples);
    }

    @SuppressWarnings("unchecked")
    private List<Prediction<Regressor>> predictNumbers(List<Example<Regressor>> examples) {
        return ((Model<Regressor>) model).predict(examples);
    }

    private static double[] values(List<Prediction<Regressor>> predictions) {
        double[] v = new double[predictions.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = predictions.get(i).getOutput().getValues()[0];
        }
        return v;
    }

    private ClassificationScores scores(ExampleFactory factory, int[] rows, List<Prediction<Label>> predictions) {
        List<String> labels = new ArrayList<>(encoding.classLabels());
        int[] actual = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String label = factory.label(rows[i]).getLabel();
            int k = labels.indexOf(label);
            if (k < 0) {
                labels.add(label);
                k = labels.size() - 1;
            }
            actual[i] = k;
        }
        double[][] scores = new double[rows.length][labels.size()];
        for (int i = 0; i < rows.length; i++) {
            Map<String, Label> out = predictions.get(i).getOutputScores();
            for (int k = 0; k < encoding.classLabels().size(); k++) {
                Label l = out.get(labels.get(k));
                scores[i][k] = l == null ? 0 : l.getScore();
            }
        }
        return new ClassificationScores(labels, actual, scores, model.generatesProbabilities());
    }
}
