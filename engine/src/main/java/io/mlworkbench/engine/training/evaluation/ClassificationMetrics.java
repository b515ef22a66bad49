package io.mlworkbench.engine.training.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes a {@link ClassificationEvaluation} from a classifier's scores, with scikit-learn's definitions. */
public final class ClassificationMetrics {

    /** Points kept per stored curve. */
    public static final int CURVE_POINTS = 200;
    /** Bins of the reliability diagram. */
    public static final int CALIBRATION_BINS = 10;
    private static final double LOG_LOSS_EPS = 1e-15;

    private ClassificationMetrics() {
    }

    /**
     * @param s the scores
     * @param positiveLabel for two classes, the positive class (null: the second label in sorted order, as
     *     scikit-learn's {@code classes_[1]})
     * @return the metrics
     */
    public static ClassificationEvaluation evaluate(ClassificationScores s, String positiveLabel) {
        int k = s.labels().size();
        int n = s.size();
        int[][] confusion = new int[k][k];
        int correct = 0;
        for (int i = 0; i < n; i++) {
            int p = s.predicted(i);
            confusion[s.actual()[i]][p]++;
            correct += p == s.actual()[i] ? 1 : 0;
        }
        List<ClassMetrics> perClass = new ArrayList<>();
        double sumP = 0;
        double sumR = 0;
        double sumF = 0;
        int present = 0;
        double sumRecallPresent = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int support = 0;
            int predicted = 0;
            for (int j = 0; j < k; j++) {
                support += confusion[c][j];
                predicted += confusion[j][c];
            }
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.add(new ClassMetrics(s.labels().get(c), precision, recall, f1, support));
            sumP += precision;
            sumR += recall;
            sumF += f1;
            if (support > 0) {
                present++;
                sumRecallPresent += recall;
            }
        }
        Map<String, List<CurvePoint>> roc = new LinkedHashMap<>();
        Map<String, List<CurvePoint>> pr = new LinkedHashMap<>();
        double rocAuc;
        double prAuc;
        String positive = null;
        List<CalibrationBin> calibration;
        if (k == 2) {
            positive = positiveLabel != null ? positiveLabel : s.labels().get(1);
            int pos = s.labels().indexOf(positive);
            if (pos < 0) {
                throw new IllegalArgumentException("Positive label '" + positive + "' is not one of " + s.labels());
            }
            RankingCurves curves = RankingCurves.of(s.column(pos), s.isClass(pos));
            rocAuc = curves.rocAuc();
            prAuc = curves.averagePrecision();
            roc.put(positive, curves.roc(CURVE_POINTS));
            pr.put(positive, curves.precisionRecall(CURVE_POINTS));
            calibration = s.probabilistic() ? calibration(s.column(pos), s.isClass(pos)) : List.of();
        } else {
            double rocSum = 0;
            double prSum = 0;
            int counted = 0;
            for (int c = 0; c < k; c++) {
                RankingCurves curves = RankingCurves.of(s.column(c), s.isClass(c));
                roc.put(s.labels().get(c), curves.roc(CURVE_POINTS));
                pr.put(s.labels().get(c), curves.precisionRecall(CURVE_POINTS));
                if (!Double.isNaN(curves.rocAuc())) {
                    rocSum += curves.rocAuc();
                    prSum += curves.averagePrecision();
                    counted++;
                }
            }
            rocAuc = counted == k ? rocSum / k : Double.NaN;
            prAuc = counted == k ? prSum / k : Double.NaN;
            calibration = s.probabilistic() ? confidenceCalibration(s) : List.of();
        }
        return new ClassificationEvaluation(s.labels(), positive, n, n == 0 ? Double.NaN : (double) correct / n,
                present == 0 ? Double.NaN : sumRecallPresent / present, perClass, sumP / k, sumR / k, sumF / k,
                rocAuc, prAuc, s.probabilistic() ? logLoss(s) : Double.NaN, confusion, roc, pr, calibration);
    }

    /**
     * Log loss as scikit-learn computes it: probabilities renormalised per row, clipped to [1e-15, 1 - 1e-15].
     *
     * @param s probabilistic scores
     * @return the mean negative log-likelihood of the true class
     */
    static double logLoss(ClassificationScores s) {
        double total = 0;
        for (int i = 0; i < s.size(); i++) {
            double[] row = s.scores()[i];
            double sum = 0;
            for (double v : row) {
                sum += Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, v));
            }
            double p = Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, row[s.actual()[i]])) / sum;
            total -= Math.log(p);
        }
        return total / s.size();
    }

    /**
     * Equal-width reliability bins, as scikit-learn's {@code calibration_curve(strategy="uniform")}: a value on an
     * edge belongs to the lower bin; empty bins are left out.
     *
     * @param probability per row, the predicted probability of the positive class
     * @param positive per row, whether it is positive
     * @return the non-empty bins
     */
    static List<CalibrationBin> calibration(double[] probability, boolean[] positive) {
        int[] count = new int[CALIBRATION_BINS];
        double[] sumP = new double[CALIBRATION_BINS];
        int[] hits = new int[CALIBRATION_BINS];
        for (int i = 0; i < probability.length; i++) {
            int b = 0;
            while (b < CALIBRATION_BINS - 1 && (b + 1) * (1.0 / CALIBRATION_BINS) < probability[i]) {
                b++;
            }
            count[b]++;
            sumP[b] += probability[i];
            hits[b] += positive[i] ? 1 : 0;
        }
        List<CalibrationBin> bins = new ArrayList<>();
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (count[b] > 0) {
                bins.add(new CalibrationBin((double) b / CALIBRATION_BINS, (double) (b + 1) / CALIBRATION_BINS,
                        sumP[b] / count[b], (double) hits[b] / count[b], count[b]));
            }
        }
        return bins;
    }

    private static List<CalibrationBin> confidenceCalibration(ClassificationScores s) {
        double[] confidence = new double[s.size()];
        boolean[] correct = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            int p = s.predicted(i);
            confidence[i] = s.scores()[i][p];
            correct[i] = p == s.actual()[i];
        }
        return calibration(confidence, correct);
    }
}
