package io.mlworkbench.app.theme;

import java.awt.Color;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The colours of every chart the workbench draws, taken from the AtlantaFX Primer palette of a {@link Theme}: the
 * one place that decides how a chart looks in light and dark. Charts are laid out by their builders and coloured
 * here just before they are drawn, so a chart drawn again after a theme switch follows the new theme.
 *
 * <p>Series colours do not depend on the theme: each has a contrast of at least 3:1 against both the light and
 * the dark background, so a series keeps its colour (and its meaning) when the theme changes.
 *
 * @param theme the theme these colours belong to
 * @param background the chart's background ({@code -color-bg-default})
 * @param plotBackground the plot area's background
 * @param grid grid lines ({@code -color-border-muted})
 * @param border plot border, tick marks, legend and tooltip borders ({@code -color-border-default})
 * @param text titles, axis titles and legend text ({@code -color-fg-default})
 * @param mutedText tick labels and error bars ({@code -color-fg-muted})
 */
public record ChartTheme(Theme theme, Color background, Color plotBackground, Color grid, Color border, Color text,
                         Color mutedText) {

    /** Series colours in the order series are given them; readable on the light and the dark background. */
    public static final List<Color> SERIES = List.of(new Color(0x1F6FEB), new Color(0xE8590C), new Color(0x0E8A16),
            new Color(0xD6336C), new Color(0x8250DF), new Color(0x1B7C83), new Color(0xBF8700));

    /** A reference that is not data (the chance diagonal, the line of perfect predictions, "before" bars). */
    public static final Color REFERENCE = new Color(0x8C959F);

    private static final ChartTheme LIGHT = new ChartTheme(Theme.LIGHT, new Color(0xFFFFFF), new Color(0xFFFFFF),
            new Color(0xEAEEF2), new Color(0xD0D7DE), new Color(0x24292F), new Color(0x57606A));
    private static final ChartTheme DARK = new ChartTheme(Theme.DARK, new Color(0x0D1117), new Color(0x0D1117),
            new Color(0x21262D), new Color(0x30363D), new Color(0xC9D1D9), new Color(0x8B949E));

    /**
     * @param theme a theme
     * @return the chart colours of that theme
     */
    public static ChartTheme of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    /**
     * Colours a chart with this theme; call before drawing it (again). Sizes, fonts and layout stay as the
     * chart's builder set them.
     *
     * @param chart the chart
     * @param <C> the chart type
     * @return the same chart
     */
    public <C extends Chart<?, ?>> C style(C chart) {
        Styler styler = chart.getStyler();
        styler.setAntiAlias(true);
        styler.setChartBackgroundColor(background);
        styler.setPlotBackgroundColor(plotBackground);
        styler.setPlotBorderColor(border);
        styler.setChartFontColor(text);
        styler.setChartTitleBoxBackgroundColor(background);
        styler.setChartTitleBoxBorderColor(border);
        styler.setXAxisTitleColor(text);
        styler.setYAxisTitleColor(text);
        styler.setLegendBackgroundColor(background);
        styler.setLegendBorderColor(border);
        styler.setToolTipBackgroundColor(background);
        styler.setToolTipBorderColor(border);
        styler.setAnnotationTextFontColor(text);
        styler.setAnnotationTextPanelFontColor(text);
        styler.setAnnotationTextPanelBackgroundColor(background);
        styler.setAnnotationTextPanelBorderColor(border);
        styler.setAnnotationLineColor(mutedText);
        styler.setSeriesColors(SERIES.toArray(Color[]::new));
        if (styler instanceof AxesChartStyler axes) {
            axes.setPlotGridLinesColor(grid);
            axes.setAxisTickMarksColor(border);
            axes.setXAxisTickMarksColor(border);
            axes.setYAxisTickMarksColor(border);
            axes.setAxisTickLabelsColor(mutedText);
            axes.setXAxisTickLabelsColor(mutedText);
            axes.setYAxisTickLabelsColor(mutedText);
            axes.setErrorBarsColor(mutedText);
        }
        return chart;
    }
}
