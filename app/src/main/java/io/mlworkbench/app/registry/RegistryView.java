package io.mlworkbench.app.registry;

import io.mlworkbench.app.view.ViewLoader;
import io.mlworkbench.engine.registry.VersionSummary;
import java.io.File;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

/** Binds the Registry step's FXML to its {@link RegistryViewModel}; accepts dropped {@code .mlwb} files. */
public final class RegistryView {

    private final RegistryViewModel viewModel;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private Label emptyLabel;
    @FXML private TableView<VersionSummary> versionTable;
    @FXML private TableColumn<VersionSummary, String> uriColumn;
    @FXML private TableColumn<VersionSummary, String> algorithmColumn;
    @FXML private TableColumn<VersionSummary, String> metricColumn;
    @FXML private TableColumn<VersionSummary, String> aliasColumn;
    @FXML private TextArea detailArea;
    @FXML private TextArea previewArea;
    @FXML private Button importButton;
    @FXML private Button exportButton;

    /**
     * @param viewModel the step's state and actions
     * @param loader the FXML loader
     */
    public RegistryView(RegistryViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.root = loader.load(this);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    /** @return the view's root node */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyProperty());
        emptyLabel.managedProperty().bind(viewModel.emptyProperty());
        versionTable.setItems(viewModel.versions());
        uriColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().uri().toString()));
        algorithmColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().algorithm()));
        metricColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().testMetric()
                .map(m -> String.format(Locale.ROOT, "%s %.4f", m.name(), m.value())).orElse("")));
        aliasColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().aliases())));
        versionTable.getSelectionModel().selectedItemProperty().addListener((obs, old, v) -> viewModel.select(v));
        detailArea.textProperty().bind(viewModel.detailProperty());
        previewArea.textProperty().bind(viewModel.previewProperty());
        importButton.disableProperty().bind(viewModel.pendingBundleProperty().isNull());
        exportButton.disableProperty().bind(versionTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean done = event.getDragboard().hasFiles() && !event.getDragboard().getFiles().isEmpty();
        if (done) {
            viewModel.previewBundle(event.getDragboard().getFiles().get(0).toPath());
        }
        event.setDropCompleted(done);
        event.consume();
    }

    @FXML
    private void chooseBundle() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MLOps Workbench bundle", "*.mlwb"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.previewBundle(file.toPath());
        }
    }

    @FXML
    private void importBundle() {
        viewModel.importPending();
    }

    @FXML
    private void exportVersion() {
        VersionSummary version = versionTable.getSelectionModel().getSelectedItem();
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(version.modelName() + "-v" + version.version() + ".mlwb");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.export(version, file.toPath());
        }
    }
}
