package io.mlworkbench.app.validation;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.view.TableColumns;
import io.mlworkbench.app.view.ViewLoader;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.validation.Expectation;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the Validate step's FXML to its {@link ValidateViewModel}. */
public final class ValidateView {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass ACCEPTED = PseudoClass.getPseudoClass("accepted");
    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");

    private final ValidateViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private String defaultRowsCaption;

    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label activityLabel;
    @FXML private Button cancelButton;
    @FXML private ComboBox<DatasetVersion> versionChoice;
    @FXML private Button suggestButton;
    @FXML private ComboBox<String> suiteChoice;
    @FXML private Button saveButton;
    @FXML private Button runButton;
    @FXML private VBox emptyState;
    @FXML private TabPane tabs;
    @FXML private Tab suiteTab;
    @FXML private Tab resultsTab;
    @FXML private SplitPane suiteSplit;
    @FXML private TableView<SuggestionRow> suggestionTable;
    @FXML private Button acceptButton;
    @FXML private Button editSuggestionButton;
    @FXML private Button rejectButton;
    @FXML private Button acceptAllButton;
    @FXML private Label unsavedLabel;
    @FXML private TableView<RuleRow> ruleTable;
    @FXML private Button editRuleButton;
    @FXML private Button removeRuleButton;
    @FXML private VBox editorClosed;
    @FXML private VBox editorForm;
    @FXML private ComboBox<Expectation> expectationChoice;
    @FXML private Label expectationDescription;
    @FXML private GridPane parameterGrid;
    @FXML private TextField notesField;
    @FXML private Label ruleError;
    @FXML private Button applyRuleButton;
    @FXML private FontIcon resultIcon;
    @FXML private Label resultSummary;
    @FXML private Button failingRowsButton;
    @FXML private TableView<RuleResultRow> resultTable;
    @FXML private Label failingRowsCaption;
    @FXML private TableView<List<String>> failingRowsTable;

    /**
     * @param viewModel the step's state and actions
     * @param loader the FXML loader
     * @param messages the column titles
     */
    public ValidateView(ValidateViewModel viewModel, ViewLoader loader, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = loader.load(this);
        root.parentProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.refresh();
            }
        });
    }

    /** @return the view's root node */
    public Parent root() {
        return root;
    }

    /** Shows a suggestion's decision as an icon: a tick when accepted, a cross when rejected. */
    private static final class DecisionCell extends TableCell<SuggestionRow, SuggestionRow.Decision> {
        @Override
        protected void updateItem(SuggestionRow.Decision decision, boolean empty) {
            super.updateItem(decision, empty);
            if (empty || decision == null || decision == SuggestionRow.Decision.PENDING) {
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(decision == SuggestionRow.Decision.ACCEPTED ? "mdi2c-check" : "mdi2c-close");
            icon.getStyleClass().add("decision-icon");
            setGraphic(icon);
        }
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindSuggestions();
        bindRules();
        new RuleEditorForm(viewModel.draft().editor(), parameterGrid).bind(expectationChoice, expectationDescription,
                notesField, ruleError, applyRuleButton);
        editorForm.visibleProperty().bind(viewModel.draft().editor().openProperty());
        editorForm.managedProperty().bind(editorForm.visibleProperty());
        editorClosed.visibleProperty().bind(editorForm.visibleProperty().not());
        editorClosed.managedProperty().bind(editorClosed.visibleProperty());
        defaultRowsCaption = failingRowsCaption.getText();
        bindResults();
    }

    private void bindToolbar() {
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        activityLabel.textProperty().bind(viewModel.activityProperty());
        cancelButton.visibleProperty().bind(viewModel.busyProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        versionChoice.setItems(viewModel.versions());
        versionChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DatasetVersion version) {
                return version == null ? "" : viewModel.label(version);
            }

            @Override
            public DatasetVersion fromString(String text) {
                return null;
            }
        });
        versionChoice.valueProperty().bindBidirectional(viewModel.versionProperty());
        suggestButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.loadedProperty().not()));
        suiteChoice.setItems(viewModel.suites());
        suiteChoice.getEditor().textProperty().bindBidirectional(viewModel.suiteNameProperty());
        suiteChoice.setOnAction(event -> {
            String chosen = suiteChoice.getValue();
            if (chosen != null && viewModel.suites().contains(chosen)) {
                viewModel.openSuite(chosen);
            }
        });
        saveButton.disableProperty().bind(viewModel.canRunProperty().not());
        runButton.disableProperty().bind(viewModel.canRunProperty().not());
        emptyState.visibleProperty().bind(viewModel.noVersionsProperty());
        tabs.visibleProperty().bind(viewModel.noVersionsProperty().not());
        viewModel.showingResultsProperty().addListener((observable, before, now) ->
                tabs.getSelectionModel().select(now ? resultsTab : suiteTab));
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, before, now) ->
                viewModel.showingResultsProperty().set(now == resultsTab));
    }

    private void bindSuggestions() {
        SuiteDraftViewModel draft = viewModel.draft();
        suggestionTable.setItems(draft.suggestions());
        TableColumn<SuggestionRow, SuggestionRow.Decision> decision = TableColumns.observed("", 44,
                SuggestionRow::decisionProperty);
        decision.setCellFactory(column -> new DecisionCell());
        decision.setMinWidth(44);
        decision.setMaxWidth(44);
        decision.setSortable(false);
        suggestionTable.getColumns().setAll(List.of(decision,
                TableColumns.text(messages.text("validate.column.expectation"), 255, SuggestionRow::expectation),
                TableColumns.text(messages.text("validate.column.column"), 110, SuggestionRow::column),
                TableColumns.text(messages.text("validate.column.arguments"), 160, SuggestionRow::arguments),
                TableColumns.text(messages.text("validate.column.reason"), 300, SuggestionRow::reason)));
        suggestionTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(SuggestionRow row, boolean empty) {
                super.updateItem(row, empty);
                SuggestionRow.Decision decision = empty || row == null ? null : row.decisionProperty().get();
                pseudoClassStateChanged(ACCEPTED, decision == SuggestionRow.Decision.ACCEPTED);
                pseudoClassStateChanged(REJECTED, decision == SuggestionRow.Decision.REJECTED);
            }
        });
        var noSuggestion = suggestionTable.getSelectionModel().selectedItemProperty().isNull();
        acceptButton.disableProperty().bind(noSuggestion);
        editSuggestionButton.disableProperty().bind(noSuggestion);
        rejectButton.disableProperty().bind(noSuggestion);
        acceptAllButton.disableProperty().bind(Bindings.isEmpty(draft.suggestions()));
    }

    private void bindRules() {
        SuiteDraftViewModel draft = viewModel.draft();
        ruleTable.setItems(draft.rules());
        ruleTable.getColumns().setAll(List.of(numberColumn(RuleRow::number),
                TableColumns.text(messages.text("validate.column.expectation"), 255, RuleRow::expectation),
                TableColumns.text(messages.text("validate.column.column"), 110, RuleRow::column),
                TableColumns.text(messages.text("validate.column.arguments"), 180, RuleRow::arguments),
                TableColumns.text(messages.text("validate.column.notes"), 300, RuleRow::notes)));
        var noRule = ruleTable.getSelectionModel().selectedItemProperty().isNull();
        editRuleButton.disableProperty().bind(noRule);
        removeRuleButton.disableProperty().bind(noRule);
        unsavedLabel.visibleProperty().bind(draft.changedProperty().and(draft.emptyProperty().not()));
        ruleTable.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && ruleTable.getSelectionModel().getSelectedItem() != null) {
                editRule();
            }
        });
    }

    /** The narrow "#" column of a rule's number. */
    private static <R> TableColumn<R, String> numberColumn(ToIntFunction<R> number) {
        TableColumn<R, String> column = TableColumns.text("#", 40, row -> Integer.toString(number.applyAsInt(row)));
        column.setMaxWidth(50);
        return column;
    }

    private void bindResults() {
        ValidationResultsViewModel results = viewModel.results();
        resultTable.setItems(results.rows());
        resultTable.getColumns().setAll(List.of(
                TableColumns.text(messages.text("validate.column.status"), 100, RuleResultRow::status),
                numberColumn(RuleResultRow::number),
                TableColumns.text(messages.text("validate.column.expectation"), 250, RuleResultRow::expectation),
                TableColumns.text(messages.text("validate.column.column"), 100, RuleResultRow::column),
                TableColumns.text(messages.text("validate.column.elements"), 80, RuleResultRow::elements),
                TableColumns.text(messages.text("validate.column.unexpected"), 110, RuleResultRow::unexpected),
                TableColumns.text(messages.text("validate.column.observed"), 160, RuleResultRow::observed),
                TableColumns.text(messages.text("validate.column.sample"), 240, RuleResultRow::sample)));
        resultTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(RuleResultRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(FAILED, !empty && row != null && !row.success());
            }
        });
        resultSummary.textProperty().bind(results.summaryProperty());
        resultIcon.visibleProperty().bind(results.shownProperty());
        results.successProperty().addListener((observable, before, now) -> showVerdict(now));
        showVerdict(results.successProperty().get());
        failingRowsButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            RuleResultRow selected = resultTable.getSelectionModel().getSelectedItem();
            return selected == null || selected.failingRows().isEmpty();
        }, resultTable.getSelectionModel().selectedItemProperty()));
        resultTable.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                showFailingRows();
            }
        });
        results.failingRowsProperty().addListener((observable, before, now) -> showRows(now));
    }

    private void showVerdict(boolean success) {
        resultIcon.setIconLiteral(success ? "mdi2c-check-circle" : "mdi2a-alert-circle");
        resultIcon.pseudoClassStateChanged(FAILED, !success);
    }

    private void showRows(FailingRows rows) {
        if (rows == null) {
            failingRowsTable.getColumns().clear();
            failingRowsTable.getItems().clear();
            failingRowsCaption.setText(defaultRowsCaption);
            return;
        }
        failingRowsCaption.setText(rows.caption());
        TableColumns.fill(failingRowsTable, rows.columns(), rows.rows(), rows.highlightedColumn());
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void suggest() {
        viewModel.suggest();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void run() {
        viewModel.run();
    }

    @FXML
    private void acceptSuggestion() {
        viewModel.draft().accept(suggestionTable.getSelectionModel().getSelectedItem());
        suggestionTable.refresh();
        suggestionTable.getSelectionModel().selectNext();
    }

    @FXML
    private void editSuggestion() {
        viewModel.draft().edit(suggestionTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void rejectSuggestion() {
        viewModel.draft().reject(suggestionTable.getSelectionModel().getSelectedItem());
        suggestionTable.refresh();
        suggestionTable.getSelectionModel().selectNext();
    }

    @FXML
    private void acceptAll() {
        viewModel.draft().acceptAllPending();
        suggestionTable.refresh();
    }

    @FXML
    private void addRule() {
        viewModel.draft().addRule();
    }

    @FXML
    private void editRule() {
        viewModel.draft().editRule(ruleTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void removeRule() {
        viewModel.draft().removeRule(ruleTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void cancelRule() {
        viewModel.draft().editor().cancel();
    }

    @FXML
    private void applyRule() {
        viewModel.draft().editor().apply();
        suggestionTable.refresh();
    }

    @FXML
    private void showFailingRows() {
        viewModel.results().showFailingRows(resultTable.getSelectionModel().getSelectedItem());
    }
}
