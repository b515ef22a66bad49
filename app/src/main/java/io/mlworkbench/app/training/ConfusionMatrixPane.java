package io.mlworkbench.app.training;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/** A confusion matrix as a grid: actual labels down, predicted labels across, the diagonal highlighted. */
public final class ConfusionMatrixPane extends GridPane {

    /**
     * @param labels the class labels
     * @param counts counts[actual][predicted]
     * @param actualHeader the header of the rows
     * @param predictedHeader the header of the columns
     */
    public ConfusionMatrixPane(List<String> labels, int[][] counts, String actualHeader, String predictedHeader) {
        Label corner = new Label(actualHeader + " \\ " + predictedHeader);
        corner.getStyleClass().add("confusion-header");
        add(corner, 0, 0);
        for (int j = 0; j < labels.size(); j++) {
            Label header = new Label(labels.get(j));
            header.getStyleClass().add("confusion-header");
            add(header, j + 1, 0);
        }
        for (int i = 0; i < labels.size(); i++) {
            Label rowHeader = new Label(labels.get(i));
            rowHeader.getStyleClass().add("confusion-header");
            add(rowHeader, 0, i + 1);
            int total = 0;
            for (int c : counts[i]) {
                total += c;
            }
            for (int j = 0; j < labels.size(); j++) {
                Label cell = new Label(String.format("%,d", counts[i][j]));
                cell.getStyleClass().add("confusion-cell");
                if (i == j) {
                    cell.getStyleClass().add("diagonal");
                }
                cell.setTooltip(new Tooltip(String.format("%s → %s: %,d (%.1f%% of %s)", labels.get(i),
                        labels.get(j), counts[i][j], total == 0 ? 0.0 : 100.0 * counts[i][j] / total,
                        labels.get(i))));
                cell.setMaxWidth(Double.MAX_VALUE);
                add(cell, j + 1, i + 1);
            }
        }
        getStyleClass().add("confusion-matrix");
    }
}
