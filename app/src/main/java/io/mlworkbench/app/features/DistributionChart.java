package io.mlworkbench.app.features;

import io.mlworkbench.app.theme.ChartTheme;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Draws a {@link ColumnDistribution} as an XChart bar chart (a histogram for binned numbers) into an image, off
 * the UI thread; the view shows it (a Swing chart component cannot be embedded headless).
 */
final class DistributionChart {

    /** The image width in pixels. */
    static final int WIDTH = 300;
    /** The image height in pixels. */
    static final int HEIGHT = 230;

    private final String countAxis;

    /** @param countAxis the y-axis title, e.g. "Training rows" */
    DistributionChart(String countAxis) {
        this.countAxis = countAxis;
    }

    /**
     * @param distribution what to draw (not empty)
     * @param title the chart's title, e.g. "Before: total_charges"
     * @param colour the bars' colour, one of {@link ChartTheme}'s
     * @param theme the colours of everything else
     * @return the chart as an image
     */
    BufferedImage draw(ColumnDistribution distribution, String title, Color colour, ChartTheme theme) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .yAxisTitle(countAxis).build();
        CategoryStyler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setChartPadding(6);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        styler.setXAxisLabelRotation(distribution.binned() ? 0 : 45);
        styler.setXAxisMaxLabelCount(distribution.binned() ? 5 : ColumnDistribution.MAX_BARS + 1);
        styler.setAvailableSpaceFill(distribution.binned() ? 0.98 : 0.75);
        styler.setOverlapped(false);
        theme.style(chart);
        chart.addSeries(distribution.column(), distribution.labels(), distribution.counts()).setFillColor(colour);
        return BitmapEncoder.getBufferedImage(chart);
    }
}
