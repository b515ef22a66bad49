package io.mlworkbench.app.importing;

import io.mlworkbench.app.theme.WindowTheme;
import io.mlworkbench.app.view.TableColumns;
import io.mlworkbench.app.view.ViewLoader;
import java.awt.image.BufferedImage;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Binds the profile's FXML to its {@link ProfileViewModel}: fact tiles, the column statistics table, and the
 * selected column's chart drawn by XChart into an image (no Swing node, so it also works headless).
 */
public final class ProfileView {

    private final ProfileViewModel viewModel;
    private final Parent root;

    @FXML private VBox placeholder;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label placeholderText;
    @FXML private VBox content;
    @FXML private Label subjectLabel;
    @FXML private FlowPane factTiles;
    @FXML private TableView<ColumnProfileRow> profileTable;
    @FXML private TableColumn<ColumnProfileRow, String> nameColumn;
    @FXML private TableColumn<ColumnProfileRow, String> typeColumn;
    @FXML private TableColumn<ColumnProfileRow, String> roleColumn;
    @FXML private TableColumn<ColumnProfileRow, String> countColumn;
    @FXML private TableColumn<ColumnProfileRow, String> missingColumn;
    @FXML private TableColumn<ColumnProfileRow, String> distinctColumn;
    @FXML private TableColumn<ColumnProfileRow, String> minColumn;
    @FXML private TableColumn<ColumnProfileRow, String> maxColumn;
    @FXML private TableColumn<ColumnProfileRow, String> meanColumn;
    @FXML private TableColumn<ColumnProfileRow, String> stdColumn;
    @FXML private TableColumn<ColumnProfileRow, String> quartilesColumn;
    @FXML private TableColumn<ColumnProfileRow, String> tailsColumn;
    @FXML private TableColumn<ColumnProfileRow, String> topColumn;
    @FXML private Label chartCaption;
    @FXML private Button exportButton;
    @FXML private ImageView chartImage;
    @FXML private VBox chartPane;

    /**
     * @param viewModel the profile's state
     * @param loader the FXML loader
     */
    public ProfileView(ProfileViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.root = loader.load(this);
        viewModel.themeProperty().bind(WindowTheme.of(root));
    }

    /** @return the view's root node */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        content.visibleProperty().bind(viewModel.shownProperty());
        placeholder.visibleProperty().bind(viewModel.shownProperty().not());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        placeholderText.visibleProperty().bind(viewModel.loadingProperty());
        subjectLabel.textProperty().bind(viewModel.subjectProperty());
        profileTable.setItems(viewModel.columns());
        TableColumns.text(nameColumn, ColumnProfileRow::name);
        TableColumns.text(typeColumn, ColumnProfileRow::type);
        TableColumns.text(roleColumn, ColumnProfileRow::role);
        TableColumns.text(countColumn, ColumnProfileRow::count);
        TableColumns.text(missingColumn, ColumnProfileRow::missing);
        TableColumns.text(distinctColumn, ColumnProfileRow::distinct);
        TableColumns.text(minColumn, ColumnProfileRow::min);
        TableColumns.text(maxColumn, ColumnProfileRow::max);
        TableColumns.text(meanColumn, ColumnProfileRow::mean);
        TableColumns.text(stdColumn, ColumnProfileRow::std);
        TableColumns.text(quartilesColumn, ColumnProfileRow::quartiles);
        TableColumns.text(tailsColumn, ColumnProfileRow::tails);
        TableColumns.text(topColumn, ColumnProfileRow::topValues);
        profileTable.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, now) ->
                profileTable.getSelectionModel().select(now));
        chartCaption.textProperty().bind(viewModel.chartCaptionProperty());
        chartImage.fitWidthProperty().bind(chartPane.widthProperty().subtract(16));
        chartImage.fitHeightProperty().bind(chartPane.heightProperty().subtract(48));
        viewModel.chartImageProperty().addListener((observable, before, now) -> showChart(now));
        exportButton.disableProperty().bind(viewModel.chartImageProperty().isNull());
        viewModel.facts().addListener((ListChangeListener<ProfileFact>) change -> showFacts());
    }

    private void showChart(BufferedImage image) {
        chartImage.setImage(image == null ? null : SwingFXUtils.toFXImage(image, null));
    }

    private void showFacts() {
        factTiles.getChildren().setAll(viewModel.facts().stream().map(fact -> {
            Label value = new Label(fact.value());
            value.getStyleClass().add("fact-tile-value");
            value.setWrapText(true);
            Label label = new Label(fact.label());
            label.getStyleClass().add("count-label");
            VBox tile = new VBox(2, value, label);
            tile.getStyleClass().add("fact-tile");
            if (fact.warning()) {
                tile.getStyleClass().add("warning");
            }
            Tooltip.install(tile, new Tooltip(fact.label() + ": " + fact.value()));
            return tile;
        }).toList());
    }

    @FXML
    private void exportChart() {
        viewModel.exportChart();
    }
}
