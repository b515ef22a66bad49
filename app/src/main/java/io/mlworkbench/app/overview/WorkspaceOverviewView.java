package io.mlworkbench.app.overview;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.view.TableColumns;
import io.mlworkbench.app.view.ViewLoader;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Binds the workspace overview's FXML to its {@link WorkspaceOverviewViewModel}. */
public final class WorkspaceOverviewView {

    private final WorkspaceOverviewViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private Label folderValue;
    @FXML private Label databaseValue;
    @FXML private Label schemaValue;
    @FXML private Label sizeValue;
    @FXML private Label createdValue;
    @FXML private Label idValue;
    @FXML private FlowPane countTiles;
    @FXML private TextField projectName;
    @FXML private TextField projectDescription;
    @FXML private Button createButton;
    @FXML private Button archiveButton;
    @FXML private Label nameError;
    @FXML private TableView<ProjectRow> projectTable;
    @FXML private ComboBox<String> actorFilter;
    @FXML private TextField actionFilter;
    @FXML private TableView<AuditRow> auditTable;

    /**
     * Loads the FXML and binds it; the view model's first refresh fills it.
     *
     * @param viewModel the overview's state and actions
     * @param loader the FXML loader
     * @param messages the column titles
     */
    public WorkspaceOverviewView(WorkspaceOverviewViewModel viewModel, ViewLoader loader, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = loader.load(this);
    }

    /** @return the view's root node */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        folderValue.textProperty().bind(viewModel.folderProperty());
        databaseValue.textProperty().bind(viewModel.databaseProperty());
        schemaValue.textProperty().bind(viewModel.schemaVersionProperty());
        sizeValue.textProperty().bind(viewModel.sizeProperty());
        createdValue.textProperty().bind(viewModel.createdProperty());
        idValue.textProperty().bind(viewModel.workspaceIdProperty());
        viewModel.counts().addListener((ListChangeListener<CountItem>) change -> showCounts());

        projectName.textProperty().bindBidirectional(viewModel.newProjectNameProperty());
        projectDescription.textProperty().bindBidirectional(viewModel.newProjectDescriptionProperty());
        createButton.disableProperty().bind(viewModel.canCreateProperty().not());
        nameError.textProperty().bind(viewModel.nameErrorProperty());
        nameError.visibleProperty().bind(viewModel.nameErrorProperty().isNotEmpty());
        nameError.managedProperty().bind(nameError.visibleProperty());
        projectTable.setItems(viewModel.projects());
        projectTable.getColumns().setAll(List.of(
                TableColumns.text(messages.text("project.column.name"), 180, ProjectRow::name),
                TableColumns.text(messages.text("project.column.description"), 260, ProjectRow::description),
                TableColumns.text(messages.text("project.column.createdBy"), 120, ProjectRow::createdBy),
                TableColumns.text(messages.text("project.column.created"), 170, ProjectRow::createdAt),
                TableColumns.text(messages.text("project.column.status"), 160, ProjectRow::status)));
        archiveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> projectTable.getSelectionModel().getSelectedItem() == null
                        || projectTable.getSelectionModel().getSelectedItem().archived(),
                projectTable.getSelectionModel().selectedItemProperty()));

        actorFilter.setItems(viewModel.actors());
        actorFilter.valueProperty().bindBidirectional(viewModel.actorFilterProperty());
        actionFilter.textProperty().bindBidirectional(viewModel.actionFilterProperty());
        auditTable.setItems(viewModel.auditRows());
        auditTable.getColumns().setAll(List.of(
                TableColumns.text(messages.text("audit.column.time"), 180, AuditRow::time),
                TableColumns.text(messages.text("audit.column.actor"), 120, AuditRow::actor),
                TableColumns.text(messages.text("audit.column.action"), 180, AuditRow::action),
                TableColumns.text(messages.text("audit.column.object"), 260, AuditRow::object)));
    }

    private void showCounts() {
        countTiles.getChildren().setAll(viewModel.counts().stream().map(item -> {
            Label count = new Label(String.format("%,d", item.count()));
            count.getStyleClass().add("count-value");
            Label label = new Label(item.label());
            label.getStyleClass().add("count-label");
            VBox tile = new VBox(2, count, label);
            tile.getStyleClass().add("count-tile");
            if (item.count() == 0) {
                tile.getStyleClass().add("empty");
            }
            return tile;
        }).toList());
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void createProject() {
        viewModel.createProject();
    }

    @FXML
    private void archiveSelected() {
        viewModel.archiveProject(projectTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void clearFilter() {
        viewModel.clearAuditFilter();
    }
}
