package io.mlworkbench.app.features;

import java.awt.image.BufferedImage;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Shows a chart drawn off the UI thread (a {@link BufferedImage} property) in an image view, scaled so that two
 * charts fit side by side in their flow pane, with a note in place of the chart when there is none.
 */
final class ChartImage {

    private ChartImage() {
    }

    /**
     * @param box where the chart and its note go
     * @param id the image view's id
     * @param image the chart, null when there is none
     * @param note why there is no chart, empty otherwise
     * @param row the flow pane holding the charts side by side
     */
    static void show(VBox box, String id, ReadOnlyObjectProperty<BufferedImage> image, ReadOnlyStringProperty note,
                     FlowPane row) {
        ImageView view = new ImageView();
        view.setId(id);
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(Bindings.min(DistributionChart.WIDTH,
                row.widthProperty().subtract(row.getHgap() + 2).divide(2)));
        Label noteLabel = new Label();
        noteLabel.getStyleClass().add("text-muted");
        noteLabel.setWrapText(true);
        noteLabel.setMinHeight(Region.USE_PREF_SIZE);
        noteLabel.textProperty().bind(note);
        noteLabel.visibleProperty().bind(note.isNotEmpty());
        noteLabel.managedProperty().bind(noteLabel.visibleProperty());
        image.addListener((observable, before, now) -> view.setImage(now == null ? null
                : SwingFXUtils.toFXImage(now, null)));
        box.getChildren().setAll(view, noteLabel);
    }
}
