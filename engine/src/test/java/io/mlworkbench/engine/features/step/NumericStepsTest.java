package io.mlworkbench.engine.features.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FitResult;
import io.mlworkbench.engine.features.StepHarness;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.TestTables;
import io.mlworkbench.engine.features.step.numeric.FittedPower;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumericStepsTest {

    private static final double NaN = Double.NaN;

    private final Table table = TestTables.builder()
            .numbers("x", ColumnType.DECIMAL, 1, 2, 2, NaN, 10)
            .labels("c", "a", null, "b", "b", "a")
            .build();

    private static Map<String, Object> missingX() {
        Map<String, Object> row = new HashMap<>();
        row.put("x", null);
        return row;
    }

    @Test
    void imputesEachStrategyAndAddsTheIndicator() {
        assertThat(StepHarness.row(table, StepSpec.of("impute", "columns", List.of("x")), missingX()).get("x"))
                .isEqualTo(3.75);
        assertThat(StepHarness.row(table, StepSpec.of("impute", "columns", List.of("x"), "strategy", "median"),
                missingX()).get("x")).isEqualTo(2.0);
        assertThat(StepHarness.row(table, StepSpec.of("impute", "columns", List.of("x"), "strategy",
                "most_frequent"), missingX()).get("x")).isEqualTo(2.0);
        Map<String, Object> out = StepHarness.row(table, StepSpec.of("impute", "columns", List.of("x", "c"),
                "strategy", "constant", "fill_value", "0", "add_indicator", true), Map.of());
        assertThat(out).containsEntry("x", 0.0).containsEntry("x_was_missing", 1.0).containsEntry("c", "0")
                .containsEntry("c_was_missing", 1.0);
        assertThat(StepHarness.row(table, StepSpec.of("impute", "columns", List.of("c"), "strategy",
                "most_frequent"), Map.of()).get("c")).isEqualTo("a");
    }

    @Test
    void refusesMeanOfLabelsAndAConstantThatIsNotANumber() {
        assertThatThrownBy(() -> StepHarness.fit(table, null, StepSpec.of("impute", "columns", List.of("c"))))
                .hasMessageContaining("column 'c' is CATEGORICAL: strategy 'mean' needs numbers");
        assertThatThrownBy(() -> StepHarness.fit(table, null, StepSpec.of("impute", "columns", List.of("x"),
                "strategy", "constant", "fill_value", "abc")))
                .hasMessageContaining("fill_value 'abc' is not a number, but column 'x' holds numbers");
    }

    @Test
    void scalesWithTrainingStatisticsAndKeepsMissing() {
        FitResult standard = StepHarness.fit(table, null, StepSpec.of("scale", "columns", List.of("x")));
        double[] scaled = TestTables.numbers(standard.training(), "x");
        assertThat(scaled[0] + scaled[1] + scaled[2] + scaled[4]).isCloseTo(0, within(1e-12));
        assertThat(scaled[3]).isNaN();
        FitResult minMax = StepHarness.fit(table, null, StepSpec.of("scale", "columns", List.of("x"), "method",
                "min_max"));
        assertThat(TestTables.numbers(minMax.training(), "x")).containsExactly(0, 1 / 9.0, 1 / 9.0, NaN, 1);
        assertThat(minMax.pipeline().transformRow(Map.of("x", 19)).get("x")).isEqualTo(2.0);
        FitResult robust = StepHarness.fit(table, null, StepSpec.of("scale", "columns", List.of("x"), "method",
                "robust"));
        assertThat(robust.pipeline().transformRow(Map.of("x", 2)).get("x")).isEqualTo(0.0);
    }

    @Test
    void scalesAConstantColumnByOne() {
        Table constant = TestTables.builder().numbers("k", ColumnType.INTEGER, 4, 4, 4).build();
        assertThat(StepHarness.row(constant, StepSpec.of("scale", "columns", List.of("k")), Map.of("k", 6)).get("k"))
                .isEqualTo(2.0);
    }

    @Test
    void clipsToQuantilesOrTheIqrFences() {
        Map<String, Object> q = StepHarness.row(table, StepSpec.of("clip", "columns", List.of("x"),
                "lower_quantile", 0.25, "upper_quantile", 0.75), Map.of("x", 100));
        assertThat(q.get("x")).isEqualTo(4.0);
        Map<String, Object> iqr = StepHarness.row(table, StepSpec.of("clip", "columns", List.of("x"), "method",
                "iqr", "iqr_factor", 1), Map.of("x", -100));
        assertThat(iqr.get("x")).isEqualTo(1.75 - 2.25);
    }

    @Test
    void takesTheLogarithmAndMakesOutOfDomainValuesMissing() {
        assertThat(StepHarness.row(table, StepSpec.of("log", "columns", List.of("x")), Map.of("x", Math.E - 1))
                .get("x")).isEqualTo(1.0);
        assertThat(StepHarness.row(table, StepSpec.of("log", "columns", List.of("x")), Map.of("x", -3)).get("x"))
                .isNull();
    }

    @Test
    void fitsPowerTransformsThatMakeSkewedDataSymmetric() {
        SplittableRandom random = new SplittableRandom(3);
        double[] skewed = new double[2000];
        for (int i = 0; i < skewed.length; i++) {
            skewed[i] = Math.exp(random.nextGaussian());
        }
        Table lognormal = TestTables.builder().numbers("v", ColumnType.DECIMAL, skewed).build();
        for (String method : List.of("box_cox", "yeo_johnson")) {
            FitResult fit = StepHarness.fit(lognormal, null, StepSpec.of("power", "columns", List.of("v"), "method",
                    method));
            double[] t = TestTables.numbers(fit.training(), "v");
            assertThat(SampleStatistics.mean(t)).isCloseTo(0, within(1e-9));
            assertThat(SampleStatistics.std(t)).isCloseTo(1, within(1e-9));
        }
        assertThat(StepHarness.row(lognormal, StepSpec.of("power", "columns", List.of("v"), "method", "box_cox"),
                Map.of("v", -1)).get("v")).isNull();
    }

    @Test
    void fitsTheSameLambdaAsScipy() {
        Table positive = TestTables.builder().numbers("v", ColumnType.DECIMAL, 0.5, 1, 2, 3, 5, 8, 13, 21, 40, 100)
                .numbers("w", ColumnType.DECIMAL, -3, -1, 0, 0.5, 1, 2, 4, 9, 20, 50).build();
        // scipy.stats.boxcox(v)[1], scipy.stats.yeojohnson(v)[1] and scipy.stats.yeojohnson(w)[1] (SciPy 1.17)
        assertThat(lambda(positive, "v", "box_cox")).isCloseTo(-0.02597128719549606, within(1e-6));
        assertThat(lambda(positive, "v", "yeo_johnson")).isCloseTo(-0.18807585119013245, within(1e-6));
        assertThat(lambda(positive, "w", "yeo_johnson")).isCloseTo(0.32899540054977766, within(1e-6));
    }

    private static double lambda(Table table, String column, String method) {
        FitResult fit = StepHarness.fit(table, null, StepSpec.of("power", "columns", List.of(column), "method",
                method));
        return ((FittedPower) fit.pipeline().state().steps().get(0)).columns().get(0).lambda();
    }

    @Test
    void refusesBoxCoxOnNonPositiveTrainingValues() {
        Table withZero = TestTables.builder().numbers("v", ColumnType.DECIMAL, 0, 1, 2).build();
        assertThatThrownBy(() -> StepHarness.fit(withZero, null, StepSpec.of("power", "columns", List.of("v"),
                "method", "box_cox"))).hasMessageContaining("box_cox needs values above 0; use yeo_johnson");
    }

    @Test
    void binsByEqualWidthQuantilesOrCustomEdgesAndClampsOutsideValues() {
        Table range = TestTables.builder().numbers("v", ColumnType.DECIMAL, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).build();
        FitResult width = StepHarness.fit(range, null, StepSpec.of("bin", "columns", List.of("v"), "method",
                "equal_width", "bins", 2));
        assertThat(TestTables.numbers(width.training(), "v")).containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1);
        assertThat(width.pipeline().transformRow(Map.of("v", 1000)).get("v")).isEqualTo(1.0);
        assertThat(width.pipeline().transformRow(Map.of("v", -5)).get("v")).isEqualTo(0.0);
        FitResult quantile = StepHarness.fit(range, null, StepSpec.of("bin", "columns", List.of("v"), "bins", 4));
        assertThat(TestTables.numbers(quantile.training(), "v")).containsExactly(0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 3);
        FitResult custom = StepHarness.fit(range, null, StepSpec.of("bin", "columns", List.of("v"), "method",
                "custom", "edges", "3, 7"));
        assertThat(custom.pipeline().transformRow(Map.of("v", 7)).get("v")).isEqualTo(2.0);
        assertThat(custom.pipeline().transformRow(Map.of()).get("v")).isNull();
        assertThatThrownBy(() -> StepHarness.fit(range, null, StepSpec.of("bin", "columns", List.of("v"), "method",
                "custom", "edges", List.of(5, 2)))).hasMessageContaining("'edges' must increase strictly");
    }
}
