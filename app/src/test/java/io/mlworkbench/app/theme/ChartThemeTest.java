package io.mlworkbench.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Charts take their colours from the theme: dark backgrounds and light text in the dark theme, and back. */
class ChartThemeTest {

    private static XYChart curve() {
        XYChart chart = new XYChartBuilder().width(200).height(150).title("ROC").xAxisTitle("x").yAxisTitle("y")
                .build();
        chart.addSeries("run", new double[] {0, 0.5, 1}, new double[] {0, 0.8, 1});
        return chart;
    }

    private static Color corner(BufferedImage image) {
        return new Color(image.getRGB(1, 1));
    }

    private static double luminance(Color c) {
        double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void darkThemeDrawsADarkBackground() {
        BufferedImage image = BitmapEncoder.getBufferedImage(ChartTheme.of(Theme.DARK).style(curve()));

        assertThat(corner(image)).isEqualTo(ChartTheme.of(Theme.DARK).background());
        assertThat(luminance(corner(image))).isLessThan(0.05);
    }

    @Test
    void lightThemeDrawsAWhiteBackground() {
        BufferedImage image = BitmapEncoder.getBufferedImage(ChartTheme.of(Theme.LIGHT).style(curve()));

        assertThat(corner(image)).isEqualTo(Color.WHITE);
    }

    @Test
    void darkThemeColoursTextGridAndPlotFromTheDarkPalette() {
        XYChart chart = ChartTheme.of(Theme.DARK).style(curve());

        assertThat(chart.getStyler().getPlotBackgroundColor()).isEqualTo(new Color(0x0D1117));
        assertThat(chart.getStyler().getChartFontColor()).isEqualTo(new Color(0xC9D1D9));
        assertThat(chart.getStyler().getXAxisTickLabelsColor()).isEqualTo(new Color(0x8B949E));
        assertThat(chart.getStyler().getPlotGridLinesColor()).isEqualTo(new Color(0x21262D));
        assertThat(chart.getStyler().getLegendBackgroundColor()).isEqualTo(new Color(0x0D1117));
    }

    @Test
    void aChartDrawnInOneThemeIsDrawnInTheOtherAfterASwitch() {
        CategoryChart chart = new CategoryChartBuilder().width(200).height(150).build();
        chart.addSeries("rows", java.util.List.of("a", "b"), java.util.List.of(3, 5));
        BitmapEncoder.getBufferedImage(ChartTheme.of(Theme.DARK).style(chart));

        BufferedImage light = BitmapEncoder.getBufferedImage(ChartTheme.of(Theme.LIGHT).style(chart));

        assertThat(corner(light)).isEqualTo(Color.WHITE);
    }

    @Test
    void seriesAndReferenceColoursAreReadableOnBothBackgrounds() {
        for (Theme theme : Theme.values()) {
            ChartTheme colours = ChartTheme.of(theme);
            for (Color series : ChartTheme.SERIES) {
                assertThat(contrast(series, colours.plotBackground())).as("%s on %s", series, theme)
                        .isGreaterThanOrEqualTo(3.0);
            }
            assertThat(contrast(ChartTheme.REFERENCE, colours.plotBackground())).isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(colours.text(), colours.background())).isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(colours.mutedText(), colours.background())).isGreaterThanOrEqualTo(4.5);
        }
    }
}
