package io.mlworkbench.engine.training.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classifier's metrics on one set of rows.
 *
 * @param labels the classes, in order
 * @param positiveLabel for two classes: the class whose score the ROC/PR curves and calibration use; else null
 * @param rows rows scored
 * @param accuracy share predicted correctly
 * @param balancedAccuracy mean recall over classes
 * @param perClass precision/recall/F1 per class
 * @param macroPrecision unweighted mean precision
 * @param macroRecall unweighted mean recall
 * @param macroF1 unweighted mean F1
 * @param rocAuc ROC AUC (binary: of the positive class; multi-class: macro one-vs-rest)
 * @param prAuc average precision (binary: positive class; multi-class: macro one-vs-rest)
 * @param logLoss mean negative log-likelihood of the true class (NaN without probabilities)
 * @param confusion counts, row = true class, column = predicted class
 * @param rocCurves ROC curve points per class (binary: only the positive class)
 * @param prCurves precision-recall points per class (binary: only the positive class)
 * @param calibration reliability bins of the positive class (binary) or of the predicted class's confidence
 */
public record ClassificationEvaluation(List<String> labels, String positiveLabel, int rows, double accuracy,
                                       double balancedAccuracy, List<ClassMetrics> perClass, double macroPrecision,
                                       double macroRecall, double macroF1, double rocAuc, double prAuc,
                                       double logLoss, int[][] confusion, Map<String, List<CurvePoint>> rocCurves,
                                       Map<String, List<CurvePoint>> prCurves, List<CalibrationBin> calibration)
        implements Evaluation {

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        put(m, "accuracy", accuracy);
        put(m, "balanced_accuracy", balancedAccuracy);
        put(m, "macro_precision", macroPrecision);
        put(m, "macro_recall", macroRecall);
        put(m, "macro_f1", macroF1);
        put(m, "roc_auc", rocAuc);
        put(m, "pr_auc", prAuc);
        put(m, "log_loss", logLoss);
        for (ClassMetrics c : perClass) {
            put(m, "precision[" + c.label() + "]", c.precision());
            put(m, "recall[" + c.label() + "]", c.recall());
            put(m, "f1[" + c.label() + "]", c.f1());
        }
        return m;
    }

    private static void put(Map<String, Double> m, String name, double value) {
        if (!Double.isNaN(value)) {
            m.put(name, value);
        }
    }

    @Override
    public String primaryMetric() {
        return primaryMetric(labels.size(), rocAuc);
    }

    /**
     * The metric classifiers are ranked by, also for runs known only by their stored metrics.
     *
     * @param classes how many classes the target has
     * @param rocAuc the ROC AUC, NaN when there is none
     * @return {@code roc_auc} for two classes with a ROC AUC, else {@code accuracy}
     */
    public static String primaryMetric(int classes, double rocAuc) {
        return classes == 2 && !Double.isNaN(rocAuc) ? "roc_auc" : "accuracy";
    }
}
