package io.mlworkbench.app.importing;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.view.TableColumns;
import io.mlworkbench.app.view.ViewLoader;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

/** Binds the Import step's FXML to its {@link ImportViewModel}, including drag-and-drop of files. */
public final class ImportView {

    private static final double SETTINGS_SHARE = 0.28;

    private final ImportViewModel viewModel;
    private final Parent root;
    private final ProfileView profileView;

    @FXML private ProgressIndicator previewIndicator;
    @FXML private Button chooseAnotherButton;
    @FXML private ScrollPane emptyState;
    @FXML private VBox queryForm;
    @FXML private TextField jdbcUrl;
    @FXML private TextField jdbcUser;
    @FXML private PasswordField jdbcPassword;
    @FXML private TextArea jdbcSql;
    @FXML private Label queryError;
    @FXML private SplitPane workArea;
    @FXML private ScrollPane settingsPane;
    @FXML private Label sourceLabel;
    @FXML private VBox sheetBox;
    @FXML private ComboBox<String> sheetChoice;
    @FXML private VBox dialectBox;
    @FXML private ComboBox<String> delimiterChoice;
    @FXML private ComboBox<String> quoteChoice;
    @FXML private ComboBox<String> escapeChoice;
    @FXML private ComboBox<String> encodingChoice;
    @FXML private CheckBox headerCheck;
    @FXML private Spinner<Integer> skipLinesSpinner;
    @FXML private TextField missingField;
    @FXML private Label dialectError;
    @FXML private VBox findingsBox;
    @FXML private VBox problemsSection;
    @FXML private VBox problemsBox;
    @FXML private TabPane tabs;
    @FXML private Tab columnsTab;
    @FXML private Tab profileTab;
    @FXML private TableView<List<String>> previewTable;
    @FXML private TableView<ColumnSettingRow> columnTable;
    @FXML private TableColumn<ColumnSettingRow, String> sourceNameColumn;
    @FXML private TableColumn<ColumnSettingRow, String> nameColumn;
    @FXML private TableColumn<ColumnSettingRow, ColumnType> typeColumn;
    @FXML private TableColumn<ColumnSettingRow, ColumnRole> roleColumn;
    @FXML private TableColumn<ColumnSettingRow, String> patternColumn;
    @FXML private TableColumn<ColumnSettingRow, Boolean> normaliseColumn;
    @FXML private TableColumn<ColumnSettingRow, String> evidenceColumn;
    @FXML private VBox errorPane;
    @FXML private Label errorLabel;
    @FXML private Button skipRaggedButton;
    @FXML private TextArea errorDetails;
    @FXML private VBox outcomePane;
    @FXML private Label outcomeHeadline;
    @FXML private VBox outcomeDetails;
    @FXML private ComboBox<String> projectChoice;
    @FXML private TextField datasetField;
    @FXML private CheckBox skipRaggedCheck;
    @FXML private CheckBox widenCheck;
    @FXML private VBox progressBox;
    @FXML private ProgressBar importProgress;
    @FXML private Label progressLabel;
    @FXML private Button cancelButton;
    @FXML private Button importButton;

    /**
     * @param viewModel the step's state and actions
     * @param loader the FXML loader
     * @param messages the profile's column titles
     */
    public ImportView(ImportViewModel viewModel, ViewLoader loader, Messages messages) {
        this.viewModel = viewModel;
        this.profileView = new ProfileView(viewModel.profile(), loader, messages);
        this.root = loader.load(this);
        root.setOnDragOver(this::acceptFiles);
        root.setOnDragDropped(this::dropFile);
    }

    /** @return the view's root node */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        var noSource = viewModel.sourceProperty().isNull();
        emptyState.visibleProperty().bind(noSource);
        workArea.visibleProperty().bind(noSource.not());
        chooseAnotherButton.visibleProperty().bind(noSource.not());
        previewIndicator.visibleProperty().bind(viewModel.previewingProperty());
        bindQueryForm();
        bindSettings();
        bindPreview();
        bindColumns();
        bindOutcome();
        bindImportBar();
        profileTab.setContent(profileView.root());
        profileTab.disableProperty().bind(viewModel.profile().shownProperty().not()
                .and(viewModel.profile().loadingProperty().not()));
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, before, now) ->
                showSettings(now != profileTab));
    }

    /** The import settings make room for the profile while it is shown. */
    private void showSettings(boolean show) {
        boolean shown = workArea.getItems().contains(settingsPane);
        if (show && !shown) {
            workArea.getItems().add(0, settingsPane);
            workArea.setDividerPositions(SETTINGS_SHARE);
        } else if (!show && shown) {
            workArea.getItems().remove(settingsPane);
        }
    }

    private void bindQueryForm() {
        DatabaseQueryForm form = viewModel.query();
        jdbcUrl.textProperty().bindBidirectional(form.urlProperty());
        jdbcUser.textProperty().bindBidirectional(form.userProperty());
        jdbcPassword.textProperty().bindBidirectional(form.passwordProperty());
        jdbcSql.textProperty().bindBidirectional(form.sqlProperty());
        queryError.textProperty().bind(form.errorProperty());
        queryError.visibleProperty().bind(form.errorProperty().isNotEmpty());
        queryError.managedProperty().bind(queryError.visibleProperty());
    }

    private void bindSettings() {
        ImportPreviewViewModel preview = viewModel.preview();
        DialectSettings dialect = preview.dialect();
        sourceLabel.textProperty().bind(viewModel.sourceLabelProperty());
        sheetChoice.setItems(preview.sheets());
        sheetChoice.valueProperty().bindBidirectional(preview.sheetProperty());
        sheetBox.visibleProperty().bind(Bindings.isNotEmpty(preview.sheets()));
        sheetBox.managedProperty().bind(sheetBox.visibleProperty());
        dialectBox.visibleProperty().bind(preview.delimitedTextProperty());
        dialectBox.managedProperty().bind(dialectBox.visibleProperty());
        choices(delimiterChoice, DialectText.DELIMITERS, dialect.delimiterProperty());
        choices(quoteChoice, DialectText.QUOTES, dialect.quoteProperty());
        choices(escapeChoice, DialectText.ESCAPES, dialect.escapeProperty());
        choices(encodingChoice, DialectText.ENCODINGS, dialect.encodingProperty());
        headerCheck.selectedProperty().bindBidirectional(dialect.headerProperty());
        skipLinesSpinner.getValueFactory().valueProperty().bindBidirectional(dialect.skipLinesProperty());
        missingField.textProperty().bindBidirectional(dialect.missingMarkersProperty());
        dialectError.textProperty().bind(dialect.errorProperty());
        dialectError.visibleProperty().bind(dialect.errorProperty().isNotEmpty());
        dialectError.managedProperty().bind(dialectError.visibleProperty());
        preview.findings().addListener((ListChangeListener<String>) change ->
                lines(findingsBox, preview.findings(), "finding"));
        preview.problems().addListener((ListChangeListener<String>) change ->
                lines(problemsBox, preview.problems(), "problem"));
        problemsSection.visibleProperty().bind(Bindings.isNotEmpty(preview.problems()));
        problemsSection.managedProperty().bind(problemsSection.visibleProperty());
    }

    /** An editable drop-down whose text is the property; the choice commits as soon as it is picked or typed. */
    private static void choices(ComboBox<String> box, List<String> values, javafx.beans.property.StringProperty text) {
        box.setItems(FXCollections.observableArrayList(values));
        box.setValue(text.get());
        box.valueProperty().addListener((observable, before, now) -> {
            if (now != null && !now.equals(text.get())) {
                text.set(now);
            }
        });
        text.addListener((observable, before, now) -> {
            if (now != null && !now.equals(box.getValue())) {
                box.setValue(now);
            }
        });
    }

    private static void lines(VBox box, ObservableList<String> texts, String styleClass) {
        box.getChildren().setAll(texts.stream().map(text -> {
            Label label = new Label("\u2022 " + text);
            label.setWrapText(true);
            label.getStyleClass().add(styleClass);
            return label;
        }).toList());
    }

    private void bindPreview() {
        ImportPreviewViewModel preview = viewModel.preview();
        ListChangeListener<Object> refill = change -> TableColumns.fill(previewTable, preview.header(),
                preview.rows(), null);
        preview.rows().addListener(refill);
        preview.header().addListener(refill);
    }

    private void bindColumns() {
        columnTable.setItems(viewModel.preview().columns());
        TableColumns.text(sourceNameColumn, ColumnSettingRow::sourceName);
        nameColumn.setCellValueFactory(cell -> cell.getValue().nameProperty());
        nameColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        typeColumn.setCellValueFactory(cell -> cell.getValue().typeProperty());
        typeColumn.setCellFactory(ComboBoxTableCell.forTableColumn(ColumnType.values()));
        roleColumn.setCellValueFactory(cell -> cell.getValue().roleProperty());
        roleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(ColumnRole.values()));
        patternColumn.setCellValueFactory(cell -> Bindings.when(cell.getValue().typeProperty()
                .isEqualTo(ColumnType.DATETIME)).then(cell.getValue().dateTimeFormatProperty()).otherwise(""));
        patternColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        patternColumn.setOnEditCommit(event -> event.getRowValue().dateTimeFormatProperty().set(event.getNewValue()));
        normaliseColumn.setCellValueFactory(cell -> cell.getValue().normaliseLabelProperty());
        normaliseColumn.setCellFactory(CheckBoxTableCell.forTableColumn(normaliseColumn));
        TableColumns.text(evidenceColumn, ColumnSettingRow::evidence);
        evidenceColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String evidence, boolean empty) {
                super.updateItem(evidence, empty);
                setText(empty ? null : evidence);
                setTooltip(empty || evidence == null ? null : wrapping(evidence));
            }
        });
    }

    private static Tooltip wrapping(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        return tooltip;
    }

    private void bindOutcome() {
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorPane.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorPane.managedProperty().bind(errorPane.visibleProperty());
        errorDetails.textProperty().bind(viewModel.errorDetailsProperty());
        skipRaggedButton.visibleProperty().bind(viewModel.raggedRowFailureProperty());
        skipRaggedButton.managedProperty().bind(skipRaggedButton.visibleProperty());
        viewModel.outcomeProperty().addListener((observable, before, now) -> showOutcome(now));
        outcomePane.visibleProperty().bind(viewModel.outcomeProperty().isNotNull());
        outcomePane.managedProperty().bind(outcomePane.visibleProperty());
        viewModel.profile().loadingProperty().addListener((observable, before, now) -> {
            if (now) {
                tabs.getSelectionModel().select(profileTab);
            }
        });
    }

    private void showOutcome(ImportOutcome outcome) {
        if (outcome == null) {
            outcomeHeadline.setText("");
            outcomeDetails.getChildren().clear();
            return;
        }
        outcomeHeadline.setText(outcome.headline());
        outcomeDetails.getChildren().setAll(outcome.details().stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add("text-muted");
            return label;
        }).toList());
    }

    private void bindImportBar() {
        projectChoice.setItems(viewModel.projects());
        projectChoice.getEditor().textProperty().bindBidirectional(viewModel.projectNameProperty());
        datasetField.textProperty().bindBidirectional(viewModel.datasetNameProperty());
        skipRaggedCheck.selectedProperty().bindBidirectional(viewModel.skipRaggedRowsProperty());
        widenCheck.selectedProperty().bindBidirectional(viewModel.widenTypesProperty());
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        progressBox.visibleProperty().bind(viewModel.importingProperty());
        cancelButton.visibleProperty().bind(viewModel.importingProperty().or(viewModel.previewingProperty()));
        importProgress.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressMessageProperty());
    }

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().stream().anyMatch(ImportView::isTable)) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropFile(DragEvent event) {
        boolean dropped = false;
        if (event.getDragboard().hasFiles()) {
            for (File file : event.getDragboard().getFiles()) {
                if (isTable(file)) {
                    viewModel.openFile(file.toPath());
                    dropped = true;
                    break;
                }
            }
        }
        event.setDropCompleted(dropped);
        event.consume();
    }

    private static boolean isTable(File file) {
        return file.isFile() && ImportViewModel.isImportable(file.getName());
    }

    @FXML
    private void openSample() {
        viewModel.openSample();
    }

    @FXML
    private void chooseFile() {
        viewModel.chooseFile();
    }

    @FXML
    private void toggleQuery() {
        boolean show = !queryForm.isVisible();
        queryForm.setVisible(show);
        queryForm.setManaged(show);
    }

    @FXML
    private void previewQuery() {
        viewModel.previewQuery();
    }

    @FXML
    private void reset() {
        viewModel.reset();
    }

    @FXML
    private void importData() {
        columnTable.edit(-1, null);
        viewModel.importData();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void skipRaggedRows() {
        viewModel.skipRaggedRowsAndRetry();
    }

    @FXML
    private void profile() {
        viewModel.profileImported();
    }

    @FXML
    private void validate() {
        viewModel.validateImported();
    }
}
