package io.mlworkbench.app.importing;

import io.mlworkbench.app.i18n.NumberText;
import io.mlworkbench.app.theme.ChartTheme;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.profile.ColumnProfile;
import io.mlworkbench.engine.data.profile.Histogram;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Draws a column's histogram (numbers and dates) or bar chart (categories) with XChart, as an image for the
 * profile view and as a PNG file, coloured by {@link ChartTheme}. Categories beyond {@link #MAX_BARS} are drawn
 * as one "other" bar.
 */
public final class ProfileChart {

    /** The most bars a category chart draws before the rest become "other". */
    public static final int MAX_BARS = 25;
    private static final int WIDTH = 620;
    private static final int HEIGHT = 340;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String countAxis;
    private final String otherLabel;

    /**
     * @param countAxis the y-axis title, e.g. "Rows"
     * @param otherLabel the label of the bar that counts the remaining categories, e.g. "(other)"
     */
    public ProfileChart(String countAxis, String otherLabel) {
        this.countAxis = countAxis;
        this.otherLabel = otherLabel;
    }

    /**
     * @param column a column's profile
     * @return its chart, or null when the column has no values to draw
     */
    public CategoryChart chart(ColumnProfile column) {
        Histogram histogram = column.histogram();
        if (histogram == null || histogram.counts().isEmpty()) {
            return null;
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).xAxisTitle(column.name())
                .yAxisTitle(countAxis).build();
        style(chart, histogram.kind() == Histogram.Kind.NUMERIC);
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        if (histogram.kind() == Histogram.Kind.NUMERIC) {
            for (int i = 0; i < histogram.counts().size(); i++) {
                labels.add(binLabel(column.type(), histogram.edges().get(i)));
                counts.add(histogram.counts().get(i));
            }
        } else {
            long other = histogram.otherCount();
            for (int i = 0; i < histogram.labels().size(); i++) {
                if (i < MAX_BARS) {
                    labels.add(histogram.labels().get(i));
                    counts.add(histogram.counts().get(i));
                } else {
                    other += histogram.counts().get(i);
                }
            }
            if (other > 0) {
                labels.add(otherLabel);
                counts.add(other);
            }
        }
        chart.addSeries(column.name(), labels, counts);
        return chart;
    }

    /**
     * Colours a chart for a theme and draws it; a PNG saved afterwards has the same colours.
     *
     * @param chart a chart made by {@link #chart}
     * @param theme the theme to draw it in
     * @return it drawn as an image
     */
    public BufferedImage image(CategoryChart chart, Theme theme) {
        return BitmapEncoder.getBufferedImage(ChartTheme.of(theme).style(chart));
    }

    /**
     * Writes a chart as a PNG file, complete or not at all.
     *
     * @param chart a chart made by {@link #chart}
     * @param file the PNG file to write (replaced if it exists)
     * @throws WorkbenchException when the file cannot be written
     */
    public void savePng(CategoryChart chart, Path file) {
        Path temp = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            temp = Files.createTempFile(folder, ".chart-", ".png");
            try (OutputStream out = Files.newOutputStream(temp)) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new WorkbenchException("Cannot write the chart to " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    temp.toFile().deleteOnExit();
                }
            }
        }
    }

    private static String binLabel(ColumnType type, double lowerEdge) {
        return type == ColumnType.DATETIME ? DAY.format(Instant.ofEpochMilli((long) lowerEdge))
                : NumberText.axis(lowerEdge);
    }

    private static void style(CategoryChart chart, boolean numeric) {
        CategoryStyler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setChartTitleVisible(false);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setChartPadding(8);
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setXAxisLabelRotation(numeric ? 0 : 45);
        if (numeric) {
            styler.setXAxisMaxLabelCount(10);
        }
        styler.setAvailableSpaceFill(numeric ? 0.98 : 0.8);
    }
}
