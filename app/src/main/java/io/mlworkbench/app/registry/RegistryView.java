package io.mlworkbench.app.registry;

import io.mlworkbench.app.compare.RunChoice;
import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.view.ViewLoader;
import io.mlworkbench.engine.registry.AliasName;
import io.mlworkbench.engine.registry.VersionStatus;
import io.mlworkbench.engine.registry.VersionSummary;
import java.io.File;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * Binds the Registry step: the filtered version list with the selected version's detail, registering a run,
 * bundle import (drop a {@code .mlwb} anywhere on the step, or choose one), audit and members tabs.
 */
public final class RegistryView {

    private final RegistryViewModels viewModels;
    private final Messages messages;
    private final DialogService dialogs;
    private final ViewLoader loader;
    private final Parent root;

    @FXML private HBox emptyBox;
    @FXML private Button trainButton;
    @FXML private TabPane tabs;
    @FXML private Tab importTab;
    @FXML private Tab auditTab;
    @FXML private Tab membersTab;
    @FXML private TextField searchField;
    @FXML private ComboBox<String> aliasFilter;
    @FXML private ComboBox<VersionStatus> statusFilter;
    @FXML private ComboBox<String> algorithmFilter;
    @FXML private TableView<VersionSummary> versionTable;
    @FXML private TableColumn<VersionSummary, String> uriColumn;
    @FXML private TableColumn<VersionSummary, String> statusColumn;
    @FXML private TableColumn<VersionSummary, String> algorithmColumn;
    @FXML private TableColumn<VersionSummary, String> metricColumn;
    @FXML private TableColumn<VersionSummary, String> aliasColumn;
    @FXML private StackPane detailHolder;
    @FXML private ComboBox<RunChoice> runChoice;
    @FXML private TextField modelNameField;
    @FXML private TextField tagsField;
    @FXML private Label registerError;
    @FXML private TextArea previewArea;
    @FXML private Button importButton;

    /**
     * @param viewModels the step's view models
     * @param loader the FXML loader
     * @param messages user-visible text
     * @param dialogs errors from the detail pane's charts
     */
    public RegistryView(RegistryViewModels viewModels, ViewLoader loader, Messages messages, DialogService dialogs) {
        this.viewModels = viewModels;
        this.messages = messages;
        this.dialogs = dialogs;
        this.loader = loader;
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
        RegistryViewModel versions = viewModels.versions();
        emptyBox.visibleProperty().bind(versions.emptyProperty());
        emptyBox.managedProperty().bind(versions.emptyProperty());
        trainButton.setVisible(versions.canOpen(LifecycleStep.TRAIN));
        searchField.textProperty().bindBidirectional(versions.searchProperty());
        aliasFilter.getItems().setAll("", AliasName.CHAMPION.value(), AliasName.CHALLENGER.value());
        aliasFilter.valueProperty().bindBidirectional(versions.aliasFilterProperty());
        statusFilter.getItems().setAll(null, VersionStatus.ACTIVE, VersionStatus.ARCHIVED);
        statusFilter.valueProperty().bindBidirectional(versions.statusFilterProperty());
        algorithmFilter.setItems(versions.algorithms());
        algorithmFilter.valueProperty().bindBidirectional(versions.algorithmFilterProperty());
        versionTable.setItems(versions.versions());
        uriColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().modelName() + "  v"
                + c.getValue().version()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status().storedName()));
        algorithmColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(versions.algorithmName(c.getValue().algorithm())));
        metricColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().testMetric()
                .map(m -> String.format(Locale.ROOT, "%s %.4f", m.name(), m.value())).orElse("")));
        aliasColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().aliases())));
        versionTable.getSelectionModel().selectedItemProperty().addListener((obs, old, v) ->
                versions.selectedProperty().set(v));
        versions.selectedProperty().addListener((obs, old, v) -> {
            if (v != versionTable.getSelectionModel().getSelectedItem()) {
                versionTable.getSelectionModel().select(v);
            }
        });
        detailHolder.getChildren().setAll(new VersionDetailView(viewModels, loader, messages, dialogs).root());
        bindRegister();
        previewArea.textProperty().bind(viewModels.bundles().previewProperty());
        importButton.disableProperty().bind(viewModels.bundles().pendingBundleProperty().isNull());
        auditTab.setContent(new AuditView(viewModels.audit(), loader).root());
        membersTab.setContent(new MembersView(viewModels.members(), loader).root());
    }

    private void bindRegister() {
        RegisterRunViewModel register = viewModels.register();
        runChoice.setItems(register.runs());
        runChoice.valueProperty().bindBidirectional(register.runProperty());
        runChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunChoice run) {
                return run == null ? "" : run.description();
            }

            @Override
            public RunChoice fromString(String text) {
                return null;
            }
        });
        modelNameField.textProperty().bindBidirectional(register.modelNameProperty());
        tagsField.textProperty().bindBidirectional(register.tagsProperty());
        registerError.textProperty().bind(register.errorProperty());
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
            tabs.getSelectionModel().select(importTab);
            viewModels.bundles().previewBundle(event.getDragboard().getFiles().get(0).toPath());
        }
        event.setDropCompleted(done);
        event.consume();
    }

    @FXML
    private void chooseBundle() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("registry.import.filter"),
                "*.mlwb"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            tabs.getSelectionModel().select(importTab);
            viewModels.bundles().previewBundle(file.toPath());
        }
    }

    @FXML
    private void importBundle() {
        viewModels.bundles().importPending();
    }

    @FXML
    private void register() {
        viewModels.register().register();
    }

    @FXML
    private void openTrain() {
        viewModels.versions().open(LifecycleStep.TRAIN);
    }
}
