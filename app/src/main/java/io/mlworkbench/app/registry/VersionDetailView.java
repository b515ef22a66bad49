package io.mlworkbench.app.registry;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.training.ChartPanel;
import io.mlworkbench.app.training.ConfusionMatrixPane;
import io.mlworkbench.app.training.RunCharts;
import io.mlworkbench.app.view.ViewLoader;
import io.mlworkbench.engine.registry.RunMetric;
import io.mlworkbench.engine.registry.VersionSummary;
import io.mlworkbench.engine.training.evaluation.ClassificationEvaluation;
import java.io.File;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The selected version's detail: actions (alias move, archive, restore, delete, export), the bundle an imported
 * version came from, links to the steps its lineage names (plain text for facts recorded only in the source
 * workspace), metrics table, ROC and PR curves, confusion matrix, full lineage text.
 */
public final class VersionDetailView {

    private final RegistryViewModels viewModels;
    private final Messages messages;
    private final DialogService dialogs;
    private final RunCharts charts = new RunCharts(420, 300);
    private final Parent root;

    @FXML private Label noneLabel;
    @FXML private VBox detailBox;
    @FXML private Label titleLabel;
    @FXML private ComboBox<String> aliasChoice;
    @FXML private Button moveButton;
    @FXML private Button archiveButton;
    @FXML private Button restoreButton;
    @FXML private Label signingKeyLabel;
    @FXML private CheckBox onnxCheck;
    @FXML private Label originLabel;
    @FXML private FlowPane linkPane;
    @FXML private TableView<RunMetric> metricTable;
    @FXML private TableColumn<RunMetric, String> metricNameColumn;
    @FXML private TableColumn<RunMetric, String> metricSplitColumn;
    @FXML private TableColumn<RunMetric, String> metricValueColumn;
    @FXML private FlowPane chartPane;
    @FXML private VBox confusionBox;
    @FXML private TextArea lineageArea;

    /**
     * @param viewModels the step's view models
     * @param loader the FXML loader
     * @param messages user-visible text
     * @param dialogs errors from saving charts
     */
    public VersionDetailView(RegistryViewModels viewModels, ViewLoader loader, Messages messages,
                             DialogService dialogs) {
        this.viewModels = viewModels;
        this.messages = messages;
        this.dialogs = dialogs;
        this.root = loader.load(this);
    }

    /** @return the view's root node */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        RegistryViewModel versions = viewModels.versions();
        VersionActionsViewModel actions = viewModels.actions();
        detailBox.visibleProperty().bind(versions.selectedProperty().isNotNull());
        detailBox.managedProperty().bind(detailBox.visibleProperty());
        noneLabel.visibleProperty().bind(versions.selectedProperty().isNull());
        noneLabel.managedProperty().bind(noneLabel.visibleProperty());
        aliasChoice.setItems(actions.aliasChoices());
        aliasChoice.valueProperty().bindBidirectional(actions.aliasProperty());
        metricNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        metricSplitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().split()));
        metricValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.format(Locale.ROOT, "%.4f", c.getValue().value())));
        originLabel.textProperty().bind(versions.originTextProperty());
        originLabel.visibleProperty().bind(versions.originTextProperty().isNotEmpty());
        originLabel.managedProperty().bind(originLabel.visibleProperty());
        lineageArea.textProperty().bind(versions.lineageTextProperty());
        versions.links().addListener((ListChangeListener<LineageLink>) change -> showLinks());
        versions.selectedProperty().addListener((obs, old, v) -> showVersion(v));
        versions.detailProperty().addListener((obs, old, d) -> showDetail(d));
        actions.pendingMoveProperty().addListener((obs, old, move) -> {
            if (move != null) {
                new AliasMoveDialog(actions, messages).showFor(move, root.getScene().getWindow());
            }
        });
        signingKeyLabel.textProperty().bind(viewModels.bundles().signingKeyProperty().asString()
                .map(s -> "null".equals(s) ? messages.text("registry.export.unsigned") : s));
        onnxCheck.selectedProperty().bindBidirectional(viewModels.bundles().includeOnnxProperty());
    }

    private void showVersion(VersionSummary v) {
        if (v == null) {
            return;
        }
        titleLabel.setText(messages.text("registry.detail.heading", v.uri(), v.status().storedName(),
                v.aliases().isEmpty() ? "-" : String.join(", ", v.aliases())));
        boolean archived = VersionActionsViewModel.isArchived(v);
        archiveButton.setVisible(!archived);
        archiveButton.setManaged(!archived);
        restoreButton.setVisible(archived);
        restoreButton.setManaged(archived);
        moveButton.setDisable(archived);
    }

    private void showDetail(VersionDetail detail) {
        chartPane.getChildren().clear();
        confusionBox.getChildren().clear();
        if (detail == null) {
            metricTable.getItems().clear();
            return;
        }
        var lineage = detail.lineage();
        metricTable.getItems().setAll(lineage.metrics().stream().filter(m -> m.step() == 0)
                .sorted(Comparator.comparing(RunMetric::split).thenComparing(RunMetric::name)).toList());
        detail.evaluation().map(e -> e.test()).filter(ClassificationEvaluation.class::isInstance)
                .map(ClassificationEvaluation.class::cast).ifPresent(this::showCurves);
    }

    /** Links for facts a step here can show; plain text for those recorded only where a bundle came from. */
    private void showLinks() {
        linkPane.getChildren().setAll(viewModels.versions().links().stream().map(link -> {
            if (!link.isLink()) {
                Label plain = new Label(link.text());
                plain.getStyleClass().add("text-muted");
                return (Node) plain;
            }
            Hyperlink hyperlink = new Hyperlink(link.text());
            hyperlink.setOnAction(e -> viewModels.versions().open(link.target().orElseThrow()));
            return hyperlink;
        }).toList());
    }

    private void showCurves(ClassificationEvaluation c) {
        chartPane.getChildren().add(panel(charts.roc(messages.text("registry.chart.roc",
                String.format(Locale.ROOT, "%.4f", c.rocAuc())), c.rocCurves()),
                RunCharts.describe(c.rocCurves(), "FPR", "TPR")));
        chartPane.getChildren().add(panel(charts.precisionRecall(messages.text("registry.chart.pr",
                String.format(Locale.ROOT, "%.4f", c.prAuc())), c.prCurves()),
                RunCharts.describe(c.prCurves(), "recall", "precision")));
        Label title = new Label(messages.text("registry.confusion"));
        title.getStyleClass().add("title-4");
        confusionBox.getChildren().setAll(title, new ConfusionMatrixPane(c.labels(), c.confusion(),
                messages.text("registry.confusion.actual"), messages.text("registry.confusion.predicted")));
    }

    private Node panel(Chart<?, ?> chart, String exactValues) {
        ChartPanel panel = new ChartPanel(messages, failure -> dialogs.showError(
                messages.text("registry.error.chart"), failure));
        panel.show(chart, exactValues);
        return panel;
    }

    @FXML
    private void moveAlias() {
        viewModels.actions().previewMove();
    }

    @FXML
    private void archive() {
        viewModels.actions().archive();
    }

    @FXML
    private void restore() {
        viewModels.actions().restore();
    }

    @FXML
    private void delete() {
        viewModels.actions().delete();
    }

    @FXML
    private void export() {
        VersionSummary version = viewModels.versions().selectedProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(version.modelName() + "-v" + version.version() + ".mlwb");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            viewModels.bundles().export(version, file.toPath());
        }
    }

    @FXML
    private void chooseSigningKey() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PEM", "*.pem"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        viewModels.bundles().signingKeyProperty().set(file == null ? null : file.toPath());
    }
}
