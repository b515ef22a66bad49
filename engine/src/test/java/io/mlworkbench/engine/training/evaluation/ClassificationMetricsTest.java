package io.mlworkbench.engine.training.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the metrics against scikit-learn 1.2.1 (Debian's python3-sklearn) on fixed small examples. The expected
 * numbers were produced with {@code roc_auc_score}, {@code average_precision_score}, {@code log_loss},
 * {@code accuracy_score}, {@code balanced_accuracy_score}, {@code f1_score}, {@code precision_score},
 * {@code recall_score}, {@code confusion_matrix} and {@code calibration_curve(n_bins=10)} on the same arrays
 * (binary: probabilities {@code [1-p, p]}; multi-class: {@code multi_class="ovr", average="macro"}).
 */
class ClassificationMetricsTest {

    private static final int[] BINARY_Y = {0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1};
    private static final double[] BINARY_P = {0.12, 0.35, 0.8, 0.35, 0.05, 0.66, 0.52, 0.93, 0.44, 0.27, 0.71, 0.58};

    private static ClassificationScores binary() {
        double[][] scores = new double[BINARY_P.length][];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = new double[] {1 - BINARY_P[i], BINARY_P[i]};
        }
        return new ClassificationScores(List.of("no", "yes"), BINARY_Y, scores, true);
    }

    @Test
    void binaryMetricsMatchScikitLearn() {
        ClassificationEvaluation e = ClassificationMetrics.evaluate(binary(), null);
        assertThat(e.positiveLabel()).isEqualTo("yes");
        assertThat(e.rocAuc()).isCloseTo(0.8194444444444444, within(1e-12));
        assertThat(e.prAuc()).isCloseTo(0.8218253968253967, within(1e-12));
        assertThat(e.logLoss()).isCloseTo(0.5019352831693582, within(1e-12));
        assertThat(e.accuracy()).isCloseTo(0.6666666666666666, within(1e-12));
        assertThat(e.balancedAccuracy()).isCloseTo(0.6666666666666666, within(1e-12));
        assertThat(e.macroF1()).isCloseTo(0.6666666666666666, within(1e-12));
        assertThat(e.perClass()).extracting(ClassMetrics::precision).containsExactly(2.0 / 3, 2.0 / 3);
        assertThat(e.confusion()).isDeepEqualTo(new int[][] {{4, 2}, {2, 4}});
    }

    @Test
    void calibrationBinsMatchScikitLearnCalibrationCurve() {
        ClassificationEvaluation e = ClassificationMetrics.evaluate(binary(), null);
        assertThat(e.calibration()).extracting(CalibrationBin::observedRate)
                .containsExactly(0.0, 0.0, 0.0, 0.5, 1.0, 0.5, 1.0, 0.5, 1.0);
        assertThat(e.calibration()).extracting(CalibrationBin::meanPredicted)
                .usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b), Double.class)
                .containsExactly(0.05, 0.12, 0.27, 0.35, 0.44, 0.55, 0.66, 0.755, 0.93);
    }

    @Test
    void multiClassMetricsMatchScikitLearn() {
        int[] y = {0, 1, 2, 2, 1, 0, 2, 1, 0};
        double[][] p = {{.7, .2, .1}, {.3, .4, .3}, {.1, .3, .6}, {.2, .5, .3}, {.2, .6, .2}, {.5, .4, .1},
            {.3, .3, .4}, {.1, .2, .7}, {.4, .35, .25}};
        ClassificationEvaluation e = ClassificationMetrics.evaluate(
                new ClassificationScores(List.of("a", "b", "c"), y, p, true), null);
        assertThat(e.accuracy()).isCloseTo(0.7777777777777778, within(1e-12));
        assertThat(e.balancedAccuracy()).isCloseTo(0.7777777777777777, within(1e-12));
        assertThat(e.macroF1()).isCloseTo(0.7777777777777777, within(1e-12));
        assertThat(e.rocAuc()).isCloseTo(0.8055555555555557, within(1e-12));
        assertThat(e.logLoss()).isCloseTo(0.8481951427125733, within(1e-12));
        assertThat(e.confusion()).isDeepEqualTo(new int[][] {{3, 0, 0}, {0, 2, 1}, {0, 1, 2}});
        assertThat(e.primaryMetric()).isEqualTo("accuracy");
        assertThat(e.rocCurves()).containsOnlyKeys("a", "b", "c");
    }

    @Test
    void marginScoresGiveAucButNoLogLossOrCalibration() {
        ClassificationScores s = binary();
        ClassificationEvaluation e = ClassificationMetrics.evaluate(
                new ClassificationScores(s.labels(), s.actual(), s.scores(), false), null);
        assertThat(e.rocAuc()).isCloseTo(0.8194444444444444, within(1e-12));
        assertThat(e.metrics()).doesNotContainKey("log_loss");
        assertThat(e.calibration()).isEmpty();
    }

    @Test
    void rocCurveRunsFromOriginToOneOne() {
        ClassificationEvaluation e = ClassificationMetrics.evaluate(binary(), "yes");
        List<CurvePoint> roc = e.rocCurves().get("yes");
        assertThat(roc.get(0)).extracting(CurvePoint::x, CurvePoint::y).containsExactly(0.0, 0.0);
        assertThat(roc.get(roc.size() - 1)).extracting(CurvePoint::x, CurvePoint::y).containsExactly(1.0, 1.0);
    }

    @Test
    void regressionMetricsMatchScikitLearn() {
        RegressionEvaluation e = RegressionEvaluation.of(new double[] {3.0, -0.5, 2.0, 7.0, 4.2},
                new double[] {2.5, 0.0, 2.1, 7.8, 3.9}, 100);
        assertThat(e.rmse()).isCloseTo(0.49799598391954925, within(1e-12));
        assertThat(e.mae()).isCloseTo(0.44000000000000006, within(1e-12));
        assertThat(e.r2()).isCloseTo(0.9594665271966527, within(1e-12));
        assertThat(e.residuals()).hasSize(5);
    }
}
