package io.mlworkbench.app.features;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.theme.WindowTheme;
import io.mlworkbench.app.view.ViewLoader;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the Features step's FXML to its {@link FeaturesViewModel}: pickers, step list, form, save, preview. */
public final class FeaturesView {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final FeaturesViewModel viewModel;
    private final PipelineEditorViewModel editor;
    private final ParameterEditors editors;
    private final Parent store;
    private final Parent root;

    @FXML private ComboBox<String> projectChoice;
    @FXML private ComboBox<DatasetVersionChoice> versionChoice;
    @FXML private ComboBox<String> targetChoice;
    @FXML private Label splitNote;
    @FXML private HBox hintBanner;
    @FXML private Label hint;
    @FXML private TabPane pages;
    @FXML private Tab buildTab;
    @FXML private Tab storeTab;
    @FXML private MenuButton addMenu;
    @FXML private ListView<StepItem> stepList;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button removeButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Label formTitle;
    @FXML private Label formDescription;
    @FXML private Label formError;
    @FXML private ScrollPane formScroll;
    @FXML private VBox formBox;
    @FXML private Label formEmpty;
    @FXML private TextField setName;
    @FXML private TextField setDescription;
    @FXML private TextField setTags;
    @FXML private Label setOwner;
    @FXML private Label linkNote;
    @FXML private Label saveError;
    @FXML private ProgressIndicator saveBusy;
    @FXML private Button saveButton;
    @FXML private ProgressIndicator previewBusy;
    @FXML private Label previewBusyLabel;
    @FXML private Label previewStatus;
    @FXML private Label previewError;
    @FXML private TableView<List<String>> previewTable;
    @FXML private ComboBox<String> distributionChoice;
    @FXML private FlowPane charts;
    @FXML private VBox beforeBox;
    @FXML private VBox afterBox;

    /**
     * Loads the FXML and binds it.
     *
     * @param viewModel the step's state and actions
     * @param loader the FXML loader
     * @param messages user-visible text
     */
    public FeaturesView(FeaturesViewModel viewModel, ViewLoader loader, Messages messages) {
        this.viewModel = viewModel;
        this.editor = viewModel.editor();
        this.editors = new ParameterEditors(messages.text("features.form.required"));
        this.store = new FeatureStoreView(viewModel.store(), loader, messages).root();
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

    @FXML
    private void initialize() {
        bindPickers();
        bindSteps();
        bindForm();
        bindSave();
        new PreviewBinding(viewModel.preview()).bind();
        storeTab.setContent(store);
        pages.getSelectionModel().select(viewModel.pageProperty().get() == FeaturesViewModel.Page.STORE ? 1 : 0);
        viewModel.pageProperty().addListener((observable, before, now) ->
                pages.getSelectionModel().select(now == FeaturesViewModel.Page.STORE ? storeTab : buildTab));
        pages.getSelectionModel().selectedItemProperty().addListener((observable, before, now) ->
                viewModel.pageProperty().set(now == storeTab ? FeaturesViewModel.Page.STORE : FeaturesViewModel.Page.BUILD));
        pages.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void bindPickers() {
        projectChoice.setItems(viewModel.projects());
        projectChoice.valueProperty().bindBidirectional(viewModel.projectProperty());
        versionChoice.setItems(viewModel.versions());
        versionChoice.valueProperty().bindBidirectional(viewModel.versionProperty());
        versionChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DatasetVersionChoice choice) {
                return viewModel.describe(choice);
            }

            @Override
            public DatasetVersionChoice fromString(String text) {
                return null;
            }
        });
        targetChoice.setItems(viewModel.targets());
        targetChoice.valueProperty().bindBidirectional(viewModel.targetProperty());
        splitNote.textProperty().bind(viewModel.splitNoteProperty());
        hint.textProperty().bind(viewModel.hintProperty());
        hintBanner.visibleProperty().bind(viewModel.hintProperty().isNotEmpty());
        hintBanner.managedProperty().bind(hintBanner.visibleProperty());
    }

    private void bindSteps() {
        for (var type : editor.stepTypes()) {
            Label title = new Label(type.title());
            title.getStyleClass().add("menu-step-title");
            Label description = new Label(type.description());
            description.getStyleClass().addAll("menu-step-description", "text-muted");
            description.setMaxWidth(460);
            VBox box = new VBox(1, title, description);
            Tooltip.install(box, new Tooltip(type.description()));
            CustomMenuItem item = new CustomMenuItem(box);
            item.setId("add-" + type.kind());
            item.getStyleClass().add("add-step-item");
            item.setOnAction(event -> editor.addStep(type.kind()));
            addMenu.getItems().add(item);
        }
        stepList.setItems(editor.items());
        stepList.setCellFactory(list -> new StepCell(editor::move));
        stepList.getSelectionModel().selectedIndexProperty().addListener((observable, before, now) -> {
            if (now.intValue() >= 0 && now.intValue() != editor.selectedProperty().get()) {
                editor.selectedProperty().set(now.intValue());
            }
        });
        editor.selectedProperty().addListener((observable, before, now) -> selectInList(now.intValue()));
        editor.items().addListener((ListChangeListener<StepItem>) change ->
                selectInList(editor.selectedProperty().get()));
        upButton.disableProperty().bind(editor.selectedProperty().lessThan(1));
        downButton.disableProperty().bind(editor.selectedProperty().lessThan(0)
                .or(editor.selectedProperty().greaterThanOrEqualTo(javafx.beans.binding.Bindings.size(editor.items())
                        .subtract(1))));
        removeButton.disableProperty().bind(editor.selectedProperty().lessThan(0));
        undoButton.disableProperty().bind(editor.canUndoProperty().not());
        redoButton.disableProperty().bind(editor.canRedoProperty().not());
    }

    private void selectInList(int index) {
        if (stepList.getSelectionModel().getSelectedIndex() != index) {
            if (index < 0) {
                stepList.getSelectionModel().clearSelection();
            } else {
                stepList.getSelectionModel().select(index);
                stepList.scrollTo(index);
            }
        }
    }

    private void bindForm() {
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.when(editor.formTitleProperty().isEmpty())
                .then(formTitle.getText()).otherwise(editor.formTitleProperty()));
        formDescription.textProperty().bind(editor.formDescriptionProperty());
        formError.textProperty().bind(editor.formErrorProperty());
        formError.visibleProperty().bind(editor.formErrorProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        editor.fields().addListener((ListChangeListener<ParameterField>) change -> showFields());
        showFields();
    }

    private void showFields() {
        formBox.getChildren().setAll(editor.fields().isEmpty() ? List.of(formEmpty)
                : editor.fields().stream().map(editors::row).toList());
        formScroll.setVvalue(0);
    }

    private void bindSave() {
        FeatureSetSaveViewModel save = viewModel.save();
        setName.textProperty().bindBidirectional(save.nameProperty());
        setDescription.textProperty().bindBidirectional(save.descriptionProperty());
        setTags.textProperty().bindBidirectional(save.tagsProperty());
        setOwner.setText(save.owner());
        linkNote.textProperty().bind(save.linkNoteProperty());
        saveError.textProperty().bind(save.errorProperty());
        saveError.visibleProperty().bind(save.errorProperty().isNotEmpty());
        saveError.managedProperty().bind(saveError.visibleProperty());
        saveBusy.visibleProperty().bind(save.busyProperty());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
    }

    private void shortcut(KeyEvent event) {
        if (UNDO.match(event)) {
            editor.undo();
        } else if (REDO.match(event) || REDO_SHIFT.match(event)) {
            editor.redo();
        } else if (event.getCode() == KeyCode.DELETE && stepList.isFocused()) {
            editor.removeSelected();
        } else {
            return;
        }
        event.consume();
    }

    @FXML
    private void moveUp() {
        editor.moveSelected(-1);
    }

    @FXML
    private void moveDown() {
        editor.moveSelected(1);
    }

    @FXML
    private void remove() {
        editor.removeSelected();
    }

    @FXML
    private void undo() {
        editor.undo();
    }

    @FXML
    private void redo() {
        editor.redo();
    }

    @FXML
    private void save() {
        viewModel.saveFeatureSet();
    }

    /** Binds the preview card: status, the first rows, and the before/after charts. */
    private final class PreviewBinding {

        private final FeaturePreviewViewModel preview;

        PreviewBinding(FeaturePreviewViewModel preview) {
            this.preview = preview;
        }

        void bind() {
            previewBusy.visibleProperty().bind(preview.busyProperty());
            previewBusyLabel.visibleProperty().bind(preview.busyProperty());
            previewStatus.textProperty().bind(preview.statusProperty());
            previewError.textProperty().bind(preview.errorProperty());
            previewError.visibleProperty().bind(preview.errorProperty().isNotEmpty());
            previewError.managedProperty().bind(previewError.visibleProperty());
            previewTable.setItems(preview.rows());
            preview.columns().addListener((ListChangeListener<String>) change -> columns());
            distributionChoice.setItems(preview.distributionColumns());
            distributionChoice.valueProperty().bindBidirectional(preview.distributionColumnProperty());
            preview.themeProperty().bind(WindowTheme.of(charts));
            ChartImage.show(beforeBox, "beforeChart", preview.beforeChartProperty(), preview.beforeNoteProperty(),
                    charts);
            ChartImage.show(afterBox, "afterChart", preview.afterChartProperty(), preview.afterNoteProperty(), charts);
        }

        private void columns() {
            previewTable.getColumns().clear();
            for (int i = 0; i < preview.columns().size(); i++) {
                int index = i;
                TableColumn<List<String>, String> column = new TableColumn<>(preview.columns().get(i));
                column.setCellValueFactory(cell -> constant(cell.getValue().get(index)));
                column.setSortable(false);
                previewTable.getColumns().add(column);
            }
        }
    }

    private static ReadOnlyStringProperty constant(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }
}
