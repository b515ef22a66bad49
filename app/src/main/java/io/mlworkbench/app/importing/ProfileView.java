package io.mlworkbench.app.importing;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.theme.WindowTheme;
import io.mlworkbench.app.view.TableColumns;
import io.mlworkbench.app.view.ViewLoader;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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
    private final Messages messages;
    private final Parent root;

    @FXML private VBox placeholder;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label placeholderText;
    @FXML private VBox content;
    @FXML private Label subjectLabel;
    @FXML private FlowPane factTiles;
    @FXML private TableView<ColumnProfileRow> profileTable;
    @FXML private Label chartCaption;
    @FXML private Button exportButton;
    @FXML private ImageView chartImage;
    @FXML private VBox chartPane;

    /**
     * @param viewModel the profile's state
     * @param loader the FXML loader
     * @param messages the column titles
     */
    public ProfileView(ProfileViewModel viewModel, ViewLoader loader, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
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
        profileTable.getColumns().setAll(List.of(
                TableColumns.text(messages.text("profile.column.name"), 120, ColumnProfileRow::name),
                TableColumns.text(messages.text("profile.column.type"), 95, ColumnProfileRow::type),
                TableColumns.text(messages.text("profile.column.role"), 80, ColumnProfileRow::role),
                TableColumns.text(messages.text("profile.column.count"), 70, ColumnProfileRow::count),
                TableColumns.text(messages.text("profile.column.missing"), 100, ColumnProfileRow::missing),
                TableColumns.text(messages.text("profile.column.distinct"), 70, ColumnProfileRow::distinct),
                TableColumns.text(messages.text("profile.column.min"), 70, ColumnProfileRow::min),
                TableColumns.text(messages.text("profile.column.max"), 70, ColumnProfileRow::max),
                TableColumns.text(messages.text("profile.column.mean"), 70, ColumnProfileRow::mean),
                TableColumns.text(messages.text("profile.column.std"), 70, ColumnProfileRow::std),
                TableColumns.text(messages.text("profile.column.quartiles"), 110, ColumnProfileRow::quartiles),
                TableColumns.text(messages.text("profile.column.tails"), 130, ColumnProfileRow::tails),
                TableColumns.text(messages.text("profile.column.top"), 260, ColumnProfileRow::topValues)));
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
