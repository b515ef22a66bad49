package io.mlworkbench.engine.training.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ROC and precision-recall curves of one score against a binary truth, and the areas under them: ROC AUC as
 * scikit-learn's {@code roc_auc_score} (ties count half) and PR AUC as its {@code average_precision_score}.
 */
public final class RankingCurves {

    private final double[] fpr;
    private final double[] tpr;
    private final double[] precision;
    private final double[] recall;
    private final double[] thresholds;
    private final long positives;

    private RankingCurves(double[] fpr, double[] tpr, double[] precision, double[] recall, double[] thresholds,
                          long positives) {
        this.fpr = fpr;
        this.tpr = tpr;
        this.precision = precision;
        this.recall = recall;
        this.thresholds = thresholds;
        this.positives = positives;
    }

    /**
     * @param scores per row, the score (higher means more likely positive)
     * @param positive per row, whether it truly is positive
     * @return the curves, one point per distinct score
     */
    public static RankingCurves of(double[] scores, boolean[] positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        long totalPositive = 0;
        for (boolean p : positive) {
            totalPositive += p ? 1 : 0;
        }
        long totalNegative = scores.length - totalPositive;
        List<double[]> points = new ArrayList<>();
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < order.length) {
            double s = scores[order[i]];
            while (i < order.length && scores[order[i]] == s) {
                if (positive[order[i]]) {
                    tp++;
                } else {
                    fp++;
                }
                i++;
            }
            points.add(new double[] {tp, fp, s});
        }
        int n = points.size();
        double[] fpr = new double[n + 1];
        double[] tpr = new double[n + 1];
        double[] precision = new double[n + 1];
        double[] recall = new double[n + 1];
        double[] thresholds = new double[n + 1];
        thresholds[0] = Double.POSITIVE_INFINITY;
        precision[0] = 1;
        for (int j = 0; j < n; j++) {
            double[] p = points.get(j);
            fpr[j + 1] = totalNegative == 0 ? 0 : p[1] / totalNegative;
            tpr[j + 1] = totalPositive == 0 ? 0 : p[0] / totalPositive;
            recall[j + 1] = tpr[j + 1];
            precision[j + 1] = p[0] / (p[0] + p[1]);
            thresholds[j + 1] = p[2];
        }
        return new RankingCurves(fpr, tpr, precision, recall, thresholds, totalPositive);
    }

    /** @return the area under the ROC curve (trapezoids; NaN when one class is absent) */
    public double rocAuc() {
        if (positives == 0 || fpr[fpr.length - 1] == 0) {
            return Double.NaN;
        }
        double area = 0;
        for (int j = 1; j < fpr.length; j++) {
            area += (fpr[j] - fpr[j - 1]) * (tpr[j] + tpr[j - 1]) / 2;
        }
        return area;
    }

    /** @return average precision: the sum over thresholds of (recall step) x precision; NaN without positives */
    public double averagePrecision() {
        if (positives == 0) {
            return Double.NaN;
        }
        double ap = 0;
        for (int j = 1; j < recall.length; j++) {
            ap += (recall[j] - recall[j - 1]) * precision[j];
        }
        return ap;
    }

    /**
     * @param maxPoints the most points to keep (evenly spread, ends kept)
     * @return ROC curve points (false-positive rate, true-positive rate)
     */
    public List<CurvePoint> roc(int maxPoints) {
        return thin(fpr, tpr, maxPoints);
    }

    /**
     * @param maxPoints the most points to keep
     * @return precision-recall points (recall, precision)
     */
    public List<CurvePoint> precisionRecall(int maxPoints) {
        return thin(recall, precision, maxPoints);
    }

    private List<CurvePoint> thin(double[] x, double[] y, int maxPoints) {
        int n = x.length;
        List<CurvePoint> points = new ArrayList<>();
        int target = Math.max(2, maxPoints);
        double step = n <= target ? 1 : (double) (n - 1) / (target - 1);
        int last = -1;
        for (double pos = 0; Math.round(pos) < n; pos += step) {
            int j = (int) Math.round(pos);
            if (j != last) {
                points.add(new CurvePoint(x[j], y[j], thresholds[j]));
                last = j;
            }
        }
        if (last != n - 1) {
            points.add(new CurvePoint(x[n - 1], y[n - 1], thresholds[n - 1]));
        }
        return points;
    }
}
