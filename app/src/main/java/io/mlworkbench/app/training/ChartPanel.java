package io.mlworkbench.app.training;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.theme.ChartTheme;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.app.theme.WindowTheme;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows one XChart chart as an image (rendered with {@link BitmapEncoder#getBufferedImage}; a SwingNode fails
 * headless), with a tooltip holding exact values and a button that saves the chart as PNG. The chart is coloured
 * for the theme of the window ({@link ChartTheme}) and drawn again when the theme changes; the PNG is what is shown.
 */
public final class ChartPanel extends VBox {

    private final ImageView image = new ImageView();
    private final Tooltip tooltip = new Tooltip();
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final ObservableValue<Theme> theme = WindowTheme.of(this);
    private Chart<?, ?> chart;

    /**
     * @param messages button and chooser texts
     * @param onError told when saving fails
     */
    public ChartPanel(Messages messages, Consumer<Throwable> onError) {
        super(4);
        this.messages = messages;
        this.onError = onError;
        tooltip.setShowDelay(Duration.millis(200));
        tooltip.setShowDuration(Duration.seconds(30));
        Button export = new Button(messages.text("chart.export"), new FontIcon("mdi2f-file-image-outline"));
        export.getStyleClass().addAll("flat", "small");
        export.setOnAction(event -> export());
        getChildren().addAll(image, export);
        getStyleClass().add("chart-panel");
        theme.addListener((observable, before, now) -> render());
    }

    /**
     * @param newChart the chart to show
     * @param exactValues text of the tooltip, empty for none
     */
    public void show(Chart<?, ?> newChart, String exactValues) {
        this.chart = newChart;
        render();
        image.setAccessibleText(newChart.getTitle());
        if (exactValues.isEmpty()) {
            Tooltip.uninstall(image, tooltip);
        } else {
            tooltip.setText(exactValues);
            Tooltip.install(image, tooltip);
        }
    }

    private void render() {
        if (chart != null) {
            ChartTheme.of(theme.getValue()).style(chart);
            image.setImage(SwingFXUtils.toFXImage(BitmapEncoder.getBufferedImage(chart), null));
        }
    }

    private void export() {
        if (chart == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("chart.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(chart.getTitle().replaceAll("[^A-Za-z0-9._-]+", "-") + ".png");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            BitmapEncoder.saveBitmap(chart, file.getPath(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            onError.accept(new UncheckedIOException("Cannot save " + file + ": " + e.getMessage(), e));
        }
    }
}
