package io.mlworkbench.app.training;

import io.mlworkbench.app.theme.ChartTheme;
import io.mlworkbench.engine.training.evaluation.CurvePoint;
import io.mlworkbench.engine.training.evaluation.FeatureImportance;
import io.mlworkbench.engine.training.evaluation.RegressionEvaluation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds the XChart charts of the Train and Compare steps from engine results: ROC and precision-recall curves
 * (one series per run or class), residuals, feature importance, tuning best-so-far and metric bars. The charts
 * are plain XChart objects laid out here and coloured by {@link ChartTheme} when drawn; views render them to images,
 * and the same objects are saved as PNG.
 */
public final class RunCharts {

    /** Tick labels of rate axes (0 to 1): 0.2, not 0.2000000001 or 0.962962962. */
    private static final String RATE_PATTERN = "0.0#";

    private final int width;
    private final int height;

    /**
     * @param width chart width in pixels
     * @param height chart height in pixels
     */
    public RunCharts(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /**
     * @param title the title
     * @param curves ROC curve points by series name
     * @return false positive rate against true positive rate, with the chance diagonal
     */
    public XYChart roc(String title, Map<String, List<CurvePoint>> curves) {
        XYChart chart = curveChart(title, "False positive rate", "True positive rate", curves);
        XYSeries chance = chart.addSeries("chance", new double[] {0, 1}, new double[] {0, 1});
        chance.setMarker(SeriesMarkers.NONE);
        chance.setLineColor(ChartTheme.REFERENCE);
        chance.setShowInLegend(false);
        return chart;
    }

    /**
     * @param title the title
     * @param curves precision-recall points by series name
     * @return recall against precision
     */
    public XYChart precisionRecall(String title, Map<String, List<CurvePoint>> curves) {
        return curveChart(title, "Recall", "Precision", curves);
    }

    private XYChart curveChart(String title, String x, String y, Map<String, List<CurvePoint>> curves) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(x).yAxisTitle(y)
                .build();
        style(chart.getStyler());
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern(RATE_PATTERN).setYAxisDecimalPattern(RATE_PATTERN);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        for (Map.Entry<String, List<CurvePoint>> curve : curves.entrySet()) {
            List<CurvePoint> points = curve.getValue();
            if (points.isEmpty()) {
                continue;
            }
            XYSeries series = chart.addSeries(curve.getKey(), points.stream().mapToDouble(CurvePoint::x).toArray(),
                    points.stream().mapToDouble(CurvePoint::y).toArray());
            series.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /**
     * @param title the title
     * @param residuals actual and predicted values
     * @return predicted against actual, with the line of perfect predictions
     */
    public XYChart residuals(String title, List<RegressionEvaluation.Residual> residuals) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle("Actual")
                .yAxisTitle("Predicted").build();
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(4);
        double[] actual = residuals.stream().mapToDouble(RegressionEvaluation.Residual::actual).toArray();
        double[] predicted = residuals.stream().mapToDouble(RegressionEvaluation.Residual::predicted).toArray();
        chart.addSeries("rows", actual.length == 0 ? new double[] {0} : actual,
                predicted.length == 0 ? new double[] {0} : predicted);
        double lo = java.util.Arrays.stream(actual).min().orElse(0);
        double hi = java.util.Arrays.stream(actual).max().orElse(1);
        XYSeries ideal = chart.addSeries("ideal", new double[] {lo, hi}, new double[] {lo, hi});
        ideal.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        ideal.setMarker(SeriesMarkers.NONE);
        ideal.setLineColor(ChartTheme.REFERENCE);
        ideal.setShowInLegend(false);
        return chart;
    }

    /**
     * @param title the title
     * @param importance importance per column
     * @param top how many columns at most, most important first
     * @return a bar per column
     */
    public CategoryChart importance(String title, FeatureImportance importance, int top) {
        List<FeatureImportance.ColumnImportance> columns = importance.columns().stream()
                .sorted(Comparator.comparingDouble(FeatureImportance.ColumnImportance::importance).reversed())
                .limit(top).toList();
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                .yAxisTitle(importance.method()).build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(45);
        List<String> names = new ArrayList<>(columns.stream().map(FeatureImportance.ColumnImportance::column).toList());
        List<Double> values = new ArrayList<>(columns.stream().map(FeatureImportance.ColumnImportance::importance)
                .toList());
        if (names.isEmpty()) {
            names.add("-");
            values.add(0.0);
        }
        chart.addSeries("importance", names, values);
        return chart;
    }

    /**
     * @param title the title
     * @param trials tuning trials in order
     * @return each trial's score as points and the best so far as a line, per tuned algorithm
     */
    public XYChart bestSoFar(String title, List<TrialPoint> trials) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle("Finished trials")
                .yAxisTitle("Cross-validated score").build();
        style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        Map<String, List<TrialPoint>> byAlgorithm = new java.util.LinkedHashMap<>();
        for (TrialPoint t : trials) {
            byAlgorithm.computeIfAbsent(t.algorithm(), a -> new ArrayList<>()).add(t);
        }
        for (Map.Entry<String, List<TrialPoint>> e : byAlgorithm.entrySet()) {
            List<TrialPoint> arrived = e.getValue();
            List<Double> order = new ArrayList<>();
            List<Double> best = new ArrayList<>();
            List<Double> scoreOrder = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (int i = 0; i < arrived.size(); i++) {
                TrialPoint t = arrived.get(i);
                if (!Double.isNaN(t.bestSoFar())) {
                    order.add(i + 1.0);
                    best.add(t.bestSoFar());
                }
                if (!Double.isNaN(t.score())) {
                    scoreOrder.add(i + 1.0);
                    scores.add(t.score());
                }
            }
            if (!best.isEmpty()) {
                chart.addSeries(e.getKey() + " best so far", order, best).setMarker(SeriesMarkers.NONE);
            }
            if (!scores.isEmpty()) {
                chart.addSeries(e.getKey() + " trials", scoreOrder, scores)
                        .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no trials yet", new double[] {0}, new double[] {0}).setShowInLegend(false);
        }
        return chart;
    }

    /**
     * @param title the title
     * @param metrics metric names, one group of bars each
     * @param runs run names, one series each
     * @param values values[run][metric], NaN where missing
     * @return grouped bars
     */
    public CategoryChart metricBars(String title, List<String> metrics, List<String> runs, double[][] values) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title).build();
        style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        for (int r = 0; r < runs.size(); r++) {
            List<Double> row = new ArrayList<>();
            for (int m = 0; m < metrics.size(); m++) {
                row.add(Double.isNaN(values[r][m]) ? 0.0 : values[r][m]);
            }
            chart.addSeries(runs.get(r), metrics, row);
        }
        return chart;
    }

    /**
     * @param curves curve points by series name
     * @param xName the x axis name
     * @param yName the y axis name
     * @return a few readable points per series (thresholds 0.25, 0.5, 0.75), for a tooltip
     */
    public static String describe(Map<String, List<CurvePoint>> curves, String xName, String yName) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<CurvePoint>> curve : curves.entrySet()) {
            text.append(curve.getKey()).append('\n');
            for (double threshold : new double[] {0.25, 0.5, 0.75}) {
                curve.getValue().stream().filter(p -> !Double.isNaN(p.threshold()))
                        .min(Comparator.comparingDouble(p -> Math.abs(p.threshold() - threshold)))
                        .ifPresent(p -> text.append(String.format(Locale.ROOT,
                                "  threshold %.2f: %s %.3f, %s %.3f%n", p.threshold(), xName, p.x(), yName, p.y())));
            }
        }
        return text.toString().strip();
    }

    private static void style(Styler styler) {
        styler.setPlotBorderVisible(false);
        styler.setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
    }
}
