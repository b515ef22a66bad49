package io.mlworkbench.engine.training;

import com.oracle.labs.mlrg.olcut.util.Pair;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.encoding.FeatureEncoding;
import io.mlworkbench.engine.training.evaluation.ClassificationMetrics;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import io.mlworkbench.engine.training.evaluation.FeatureImportance;
import io.mlworkbench.engine.training.evaluation.RegressionEvaluation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tribuo.Model;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.common.xgboost.XGBoostFeatureImportance;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.slm.SparseLinearModel;

/**
 * Feature importance per input column: the model's own measure where it has a meaningful one (total split gain
 * for XGBoost models, absolute coefficients on standardised inputs for linear models), otherwise permutation
 * importance (how much the primary metric drops when one column's values are shuffled among the rows).
 */
public final class FeatureImportanceCalculator {

    /** Rows used at most for permutation importance. */
    public static final int PERMUTATION_ROWS = 2000;

    private FeatureImportanceCalculator() {
    }

    /**
     * @param model the trained model
     * @param table a table with labelled evaluation rows
     * @param rows the evaluation rows (a seeded sample is used when there are many)
     * @param positiveLabel the positive class of a binary target, or null
     * @param seed the shuffle seed
     * @param cancel checked once per column
     * @return the importance per input column
     */
    public static FeatureImportance compute(TrainedModel model, Table table, int[] rows, String positiveLabel,
                                            long seed, CancellationToken cancel) {
        Model<?> tribuo = model.tribuoModel();
        FeatureEncoding encoding = model.encoding();
        if (tribuo instanceof XGBoostModel<?> xgb) {
            Map<String, Double> gain = new LinkedHashMap<>();
            for (XGBoostFeatureImportance fi : xgb.getFeatureImportance()) {
                fi.getTotalGain().forEach((feature, g) -> gain.merge(feature, g, Double::sum));
            }
            return normalised("total_gain", encoding, gain);
        }
        if (tribuo instanceof AbstractLinearSGDModel<?> || tribuo instanceof SparseLinearModel) {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (List<Pair<String, Double>> perOutput : tribuo.getTopFeatures(-1).values()) {
                for (Pair<String, Double> p : perOutput) {
                    if (!Model.BIAS_FEATURE.equals(p.getA())) {
                        weights.merge(p.getA(), Math.abs(p.getB()), Double::sum);
                    }
                }
            }
            return normalised("abs_coefficient", encoding, weights);
        }
        return permutation(model, table, rows, positiveLabel, seed, cancel);
    }

    private static FeatureImportance normalised(String method, FeatureEncoding encoding, Map<String, Double> byFeature) {
        Map<String, Double> byColumn = new LinkedHashMap<>();
        encoding.inputColumns().forEach(c -> byColumn.put(c, 0.0));
        byFeature.forEach((feature, v) -> byColumn.merge(encoding.columnOf(feature), v, Double::sum));
        double total = byColumn.values().stream().mapToDouble(Double::doubleValue).sum();
        List<FeatureImportance.ColumnImportance> list = new ArrayList<>();
        byColumn.forEach((c, v) -> list.add(new FeatureImportance.ColumnImportance(c, total > 0 ? v / total : 0)));
        return sorted(method, list);
    }

    private static FeatureImportance permutation(TrainedModel model, Table table, int[] allRows, String positiveLabel,
                                                 long seed, CancellationToken cancel) {
        Random random = new Random(seed);
        int[] rows = sample(allRows, PERMUTATION_ROWS, random);
        double baseline = score(model, table, rows, -1, null, positiveLabel);
        List<FeatureImportance.ColumnImportance> list = new ArrayList<>();
        List<String> columns = model.encoding().inputColumns();
        for (int c = 0; c < columns.size(); c++) {
            cancel.throwIfCancelled("permutation importance");
            int[] source = rows.clone();
            shuffle(source, random);
            double permuted = score(model, table, rows, c, source, positiveLabel);
            list.add(new FeatureImportance.ColumnImportance(columns.get(c), baseline - permuted));
        }
        return sorted("permutation", list);
    }

    private static double score(TrainedModel model, Table table, int[] rows, int column, int[] source,
                                String positiveLabel) {
        Evaluation e;
        if (model.encoding().task() == TaskType.CLASSIFICATION) {
            e = ClassificationMetrics.evaluate(column < 0 ? model.classify(table, rows)
                    : model.classifyWithColumnFrom(table, rows, column, source), positiveLabel);
        } else {
            double[] predicted = column < 0 ? model.regress(table, rows)
                    : model.regressWithColumnFrom(table, rows, column, source);
            double[] actual = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                actual[i] = ((io.mlworkbench.engine.data.NumericColumn) table.column(model.encoding().target()))
                        .get(rows[i]);
            }
            e = RegressionEvaluation.of(actual, predicted, 0);
        }
        return e.primary();
    }

    private static int[] sample(int[] rows, int max, Random random) {
        if (rows.length <= max) {
            return rows.clone();
        }
        int[] copy = rows.clone();
        shuffle(copy, random);
        int[] sample = Arrays.copyOf(copy, max);
        Arrays.sort(sample);
        return sample;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static FeatureImportance sorted(String method, List<FeatureImportance.ColumnImportance> list) {
        List<FeatureImportance.ColumnImportance> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingDouble(FeatureImportance.ColumnImportance::importance).reversed());
        return new FeatureImportance(method, copy);
    }
}
