package io.mlworkbench.app.features;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.view.TableColumns;
import io.mlworkbench.app.view.ViewLoader;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Binds the feature store panel's FXML to its {@link FeatureStoreViewModel}. */
public final class FeatureStoreView {

    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final FeatureStoreViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private TextField search;
    @FXML private TableView<FeatureSetRow> setTable;
    @FXML private Label detailTitle;
    @FXML private Label detailFacts;
    @FXML private Label detailDescription;
    @FXML private Label detailEmpty;
    @FXML private Button useButton;
    @FXML private TableView<StoreDetailRow> versionTable;
    @FXML private TableView<StoreDetailRow> tableTable;
    @FXML private TableView<StoreDetailRow> usageTable;

    /**
     * Loads the FXML and binds it.
     *
     * @param viewModel the store's state and actions
     * @param loader the FXML loader
     * @param messages the detail tables' column titles
     */
    public FeatureStoreView(FeatureStoreViewModel viewModel, ViewLoader loader, Messages messages) {
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
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        setTable.setItems(viewModel.sets());
        setTable.getColumns().setAll(List.of(
                TableColumns.text(messages.text("features.store.column.name"), 150, FeatureSetRow::name),
                TableColumns.text(messages.text("features.store.column.project"), 100, FeatureSetRow::project),
                TableColumns.text(messages.text("features.store.column.tags"), 110, FeatureSetRow::tags),
                TableColumns.text(messages.text("features.store.column.description"), 180,
                        FeatureSetRow::description)));
        setTable.getSelectionModel().selectedItemProperty().addListener((observable, before, now) ->
                viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((observable, before, now) -> showSelected(now));
        showSelected(viewModel.selectedProperty().get());
        useButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        details(versionTable, viewModel.versions());
        details(tableTable, viewModel.tables());
        details(usageTable, viewModel.usages());
    }

    private void showSelected(FeatureSetRow row) {
        if (setTable.getSelectionModel().getSelectedItem() != row) {
            setTable.getSelectionModel().select(row);
        }
        detailTitle.setText(row == null ? "" : row.name() + " \u00b7 " + row.project());
        detailFacts.setText(row == null ? "" : messages.text("features.store.facts", row.owner(), row.created(),
                row.tags().isEmpty() ? "\u2014" : row.tags()));
        detailDescription.setText(row == null ? "" : row.description());
        detailEmpty.setVisible(row == null);
        detailEmpty.setManaged(row == null);
    }

    private void details(TableView<StoreDetailRow> table, javafx.collections.ObservableList<StoreDetailRow> rows) {
        table.setItems(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                TableColumns.text(messages.text("features.store.detail.what"), 125, StoreDetailRow::what),
                TableColumns.text(messages.text("features.store.detail.when"), 140, StoreDetailRow::when),
                TableColumns.text(messages.text("features.store.detail.detail"), 260, StoreDetailRow::detail)));
        table.setPlaceholder(new Label(""));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(StoreDetailRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(STALE, !empty && item != null && item.attention());
            }
        });
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void use() {
        viewModel.useInThisProject();
    }
}
