package io.mlworkbench.app.registry;

import io.mlworkbench.app.view.TableColumns;
import io.mlworkbench.app.view.ViewLoader;
import io.mlworkbench.engine.audit.AuditEntry;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Binds the audit tab: filter fields and the entries, newest first. */
public final class AuditView {

    private final AuditViewModel viewModel;
    private final Parent root;

    @FXML private TextField actorField;
    @FXML private TextField actionField;
    @FXML private TextField objectField;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private TableColumn<AuditEntry, String> whenColumn;
    @FXML private TableColumn<AuditEntry, String> actorColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> objectColumn;
    @FXML private TableColumn<AuditEntry, String> detailsColumn;

    /**
     * @param viewModel the audit filter and entries
     * @param loader the FXML loader
     */
    public AuditView(AuditViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.root = loader.load(this);
    }

    /** @return the view's root node */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        actorField.textProperty().bindBidirectional(viewModel.actorProperty());
        actionField.textProperty().bindBidirectional(viewModel.actionPrefixProperty());
        objectField.textProperty().bindBidirectional(viewModel.objectPrefixProperty());
        auditTable.setItems(viewModel.entries());
        TableColumns.text(whenColumn, entry -> entry.occurredAt().toString());
        TableColumns.text(actorColumn, AuditEntry::actor);
        TableColumns.text(actionColumn, AuditEntry::action);
        TableColumns.text(objectColumn, AuditEntry::objectRef);
        TableColumns.text(detailsColumn, AuditEntry::detailsJson);
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
