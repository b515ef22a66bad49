package io.mlworkbench.app.training;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.view.TableColumns;
import io.mlworkbench.app.view.ViewLoader;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.training.EvaluationReport;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.evaluation.ClassificationEvaluation;
import io.mlworkbench.engine.training.evaluation.RegressionEvaluation;
import io.mlworkbench.engine.training.tuning.SearchStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the Train step's FXML to its {@link TrainViewModel}; builds the parameter forms from the options. */
public final class TrainView {

    private static final int CHART_WIDTH = 440;
    private static final int CHART_HEIGHT = 330;

    private final TrainViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;
    private final RunCharts charts = new RunCharts(CHART_WIDTH, CHART_HEIGHT);
    /** Wide: a tuning search has up to hundreds of trials along the x axis. */
    private final RunCharts tuningCharts = new RunCharts(2 * CHART_WIDTH + 12, CHART_HEIGHT);
    private final Parent root;
    private ChartPanel tuningChart;

    @FXML private VBox noProjectState;
    @FXML private VBox setup;
    @FXML private ComboBox<Project> projectChoice;
    @FXML private ComboBox<DatasetChoice> datasetChoice;
    @FXML private Label tableSummary;
    @FXML private ComboBox<FeatureSetChoice> featureChoice;
    @FXML private ComboBox<String> targetChoice;
    @FXML private Label taskLabel;
    @FXML private VBox algorithmList;
    @FXML private TextField seedField;
    @FXML private TextField testFractionField;
    @FXML private TextField cvFoldsField;
    @FXML private ComboBox<String> timeColumnChoice;
    @FXML private ComboBox<SearchStrategy> strategyChoice;
    @FXML private TextField trialsField;
    @FXML private TextField minutesField;
    @FXML private Button startButton;
    @FXML private Button cancelButton;
    @FXML private Label problemLabel;
    @FXML private VBox progressCard;
    @FXML private TableView<ProgressRow> progressTable;
    @FXML private VBox tuningBox;
    @FXML private TableView<RunRow> runTable;
    @FXML private VBox detailsCard;
    @FXML private Label detailsTitle;
    @FXML private Label reproduceLabel;
    @FXML private Button reproduceButton;
    @FXML private TableView<Map.Entry<String, Double>> metricTable;
    @FXML private VBox confusionBox;
    @FXML private FlowPane chartPane;

    /**
     * @param viewModel the step's state and actions
     * @param loader the FXML loader
     * @param messages user-visible text
     * @param dialogs where chart export errors go
     */
    public TrainView(TrainViewModel viewModel, ViewLoader loader, Messages messages, DialogService dialogs) {
        this.viewModel = viewModel;
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
        noProjectState.visibleProperty().bind(viewModel.noProjectsProperty());
        noProjectState.managedProperty().bind(noProjectState.visibleProperty());
        bindData();
        bindSettings();
        algorithmList.getChildren().setAll(viewModel.algorithms().stream().map(this::algorithmBox).toList());
        viewModel.algorithms().addListener((ListChangeListener<AlgorithmOption>) change -> algorithmList.getChildren()
                .setAll(viewModel.algorithms().stream().map(this::algorithmBox).toList()));
        startButton.disableProperty().bind(viewModel.runningProperty().or(viewModel.problemProperty().isNotEmpty()));
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        bindProgress();
        bindResults();
        bindDetails();
    }

    private void bindData() {
        projectChoice.setItems(viewModel.projects());
        projectChoice.valueProperty().bindBidirectional(viewModel.projectProperty());
        projectChoice.setConverter(Cells.converter(Project::name));
        datasetChoice.setItems(viewModel.datasets());
        datasetChoice.valueProperty().bindBidirectional(viewModel.datasetProperty());
        tableSummary.textProperty().bind(viewModel.tableSummaryProperty());
        featureChoice.setItems(viewModel.featureSets());
        featureChoice.valueProperty().bindBidirectional(viewModel.featureSetProperty());
        Tooltip featureTip = new Tooltip();
        featureTip.textProperty().bind(Bindings.createStringBinding(() -> featureChoice.getValue() == null ? ""
                : featureChoice.getValue().tooltip(), featureChoice.valueProperty()));
        featureChoice.setTooltip(featureTip);
        targetChoice.setItems(viewModel.columns());
        targetChoice.valueProperty().bindBidirectional(viewModel.targetProperty());
        viewModel.taskProperty().addListener((observable, before, now) -> taskLabel.setText(now == null ? ""
                : now == TaskType.CLASSIFICATION ? messages.text("training.task.classification")
                : messages.text("training.task.regression")));
    }

    private void bindSettings() {
        TrainSettings settings = viewModel.settings();
        seedField.textProperty().bindBidirectional(settings.seedProperty());
        testFractionField.textProperty().bindBidirectional(settings.testFractionProperty());
        cvFoldsField.textProperty().bindBidirectional(settings.cvFoldsProperty());
        timeColumnChoice.setItems(viewModel.columns());
        timeColumnChoice.valueProperty().bindBidirectional(settings.timeColumnProperty());
        strategyChoice.setItems(FXCollections.observableArrayList(SearchStrategy.values()));
        strategyChoice.setConverter(Cells.converter(strategy -> switch (strategy) {
            case GRID -> messages.text("training.strategy.grid");
            case RANDOM -> messages.text("training.strategy.random");
            case TPE -> messages.text("training.strategy.tpe");
        }));
        strategyChoice.valueProperty().bindBidirectional(settings.strategyProperty());
        trialsField.textProperty().bindBidirectional(settings.trialsProperty());
        minutesField.textProperty().bindBidirectional(settings.minutesProperty());
    }

    private VBox algorithmBox(AlgorithmOption option) {
        CheckBox chosen = new CheckBox(option.spec().displayName());
        chosen.setId("algorithm-" + option.spec().id());
        chosen.selectedProperty().bindBidirectional(option.selectedProperty());
        chosen.setTooltip(new Tooltip(option.spec().description()));
        chosen.setMinWidth(220);
        CheckBox tune = new CheckBox(messages.text("training.tune"));
        tune.setId("tune-" + option.spec().id());
        tune.selectedProperty().bindBidirectional(option.tuneProperty());
        tune.disableProperty().bind(option.selectedProperty().not());
        tune.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label description = new Label(option.spec().description());
        description.getStyleClass().add("text-muted");
        description.setWrapText(true);
        FlowPane form = new FlowPane(14, 6);
        for (ParameterField field : option.fields()) {
            form.getChildren().add(parameterBox(option, field));
        }
        form.disableProperty().bind(option.selectedProperty().not().or(option.tuneProperty()));
        VBox box = new VBox(6, new HBox(12, chosen, tune, description), form);
        box.getStyleClass().add("algorithm-box");
        return box;
    }

    private VBox parameterBox(AlgorithmOption option, ParameterField field) {
        Label name = new Label(field.parameter().name());
        name.getStyleClass().add("param-name");
        TextField text = new TextField();
        text.setId("param-" + option.spec().id() + "-" + field.parameter().name());
        text.setPrefColumnCount(7);
        text.textProperty().bindBidirectional(field.textProperty());
        Tooltip help = new Tooltip(field.parameter().description() + "\n" + field.parameter().rangeText());
        text.setTooltip(help);
        name.setTooltip(help);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(260);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        field.errorProperty().addListener((observable, before, now) -> {
            if (now.isEmpty()) {
                text.getStyleClass().remove("danger");
            } else if (!text.getStyleClass().contains("danger")) {
                text.getStyleClass().add("danger");
            }
        });
        return new VBox(2, new HBox(6, name, text), error);
    }

    private void bindProgress() {
        progressCard.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.progressRows()));
        progressCard.managedProperty().bind(progressCard.visibleProperty());
        progressTable.setItems(viewModel.progressRows());
        TableColumn<ProgressRow, Number> progressBarColumn = TableColumns.observed(
                messages.text("training.column.progress"), 140, ProgressRow::progressProperty);
        progressBarColumn.setCellFactory(column -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                bar.setMaxWidth(Double.MAX_VALUE);
                bar.setProgress(value == null ? 0 : value.doubleValue());
                setGraphic(empty ? null : bar);
            }
        });
        TableColumn<ProgressRow, ProgressRow> progressCancelColumn = TableColumns.observed("", 90,
                ReadOnlyObjectWrapper::new);
        progressCancelColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ProgressRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Button cancel = new Button(messages.text("training.cancel"));
                cancel.getStyleClass().addAll("flat", "small");
                cancel.disableProperty().bind(row.runningProperty().not());
                cancel.setOnAction(event -> row.cancel());
                setGraphic(cancel);
            }
        });
        progressTable.getColumns().setAll(List.of(
                TableColumns.text(messages.text("training.column.model"), 220, ProgressRow::name),
                progressBarColumn, progressCancelColumn,
                TableColumns.observed(messages.text("training.column.status"), 380, ProgressRow::statusProperty)));
        tuningChart = new ChartPanel(messages, this::exportFailed);
        tuningBox.getChildren().setAll(tuningChart);
        tuningBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.trials()));
        tuningBox.managedProperty().bind(tuningBox.visibleProperty());
        viewModel.trials().addListener((ListChangeListener<TrialPoint>) change -> showTrials());
    }

    private void showTrials() {
        List<TrialPoint> trials = List.copyOf(viewModel.trials());
        if (trials.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        trials.stream().skip(Math.max(0, trials.size() - 8)).forEach(t -> text.append(String.format(Locale.ROOT,
                "#%d %s %s: %s (best %s)%n", t.number(), t.algorithm(), t.state(),
                Cells.format(t.score()), Cells.format(t.bestSoFar()))));
        tuningChart.show(tuningCharts.bestSoFar(messages.text("training.chart.bestSoFar"), trials), text.toString().strip());
    }

    private void bindResults() {
        runTable.setItems(viewModel.runs());
        runTable.getColumns().setAll(List.of(
                TableColumns.text(messages.text("training.column.run"), 70, row -> String.valueOf(row.runId())),
                TableColumns.text(messages.text("training.column.algorithm"), 230, row -> row.tuned()
                        ? messages.text("training.row.tuned", row.algorithm()) : row.algorithm()),
                TableColumns.text(messages.text("training.column.metric"), 110, RunRow::primaryMetric),
                TableColumns.text(messages.text("training.column.value"), 100, row -> Cells.format(row.primary())),
                TableColumns.text(messages.text("training.column.seconds"), 100,
                        row -> String.format(Locale.ROOT, "%.2f", row.seconds())),
                TableColumns.text(messages.text("training.column.other"), 380, TrainView::otherMetrics)));
        runTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(RunRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("best-run");
                if (!empty && row != null && row.runId() == viewModel.bestRunIdProperty().get()) {
                    getStyleClass().add("best-run");
                }
            }
        });
        viewModel.bestRunIdProperty().addListener((observable, before, now) -> runTable.refresh());
        runTable.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.selectedRunProperty().set(now);
            }
        });
        viewModel.selectedRunProperty().addListener((observable, before, now) -> {
            if (now == null) {
                runTable.getSelectionModel().clearSelection();
            } else if (runTable.getSelectionModel().getSelectedItem() != now) {
                runTable.getSelectionModel().select(now);
            }
        });
    }

    private static String otherMetrics(RunRow row) {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("accuracy", "balanced_accuracy", "macro_f1", "pr_auc", "log_loss", "rmse", "mae")) {
            Double v = row.metrics().get(name);
            if (v != null && !name.equals(row.primaryMetric())) {
                text.append(String.format(Locale.ROOT, "%s %.3f   ", name, v));
            }
        }
        return text.toString().strip();
    }

    private void bindDetails() {
        detailsCard.visibleProperty().bind(viewModel.selectedRunProperty().isNotNull());
        detailsCard.managedProperty().bind(detailsCard.visibleProperty());
        reproduceLabel.textProperty().bind(viewModel.reproduceResultProperty());
        reproduceButton.disableProperty().bind(viewModel.runningProperty());
        metricTable.getColumns().setAll(List.of(
                TableColumns.text(messages.text("training.column.metric"), 160, Map.Entry::getKey),
                TableColumns.text(messages.text("training.column.value"), 100,
                        entry -> Cells.format(entry.getValue()))));
        viewModel.evaluationProperty().addListener((observable, before, now) -> showEvaluation(now));
    }

    private void showEvaluation(EvaluationReport report) {
        RunRow run = viewModel.selectedRunProperty().get();
        chartPane.getChildren().clear();
        confusionBox.getChildren().clear();
        metricTable.getItems().clear();
        if (report == null || run == null) {
            return;
        }
        detailsTitle.setText(messages.text("training.details.run", run.runId(), run.algorithm()));
        metricTable.getItems().setAll(report.test().metrics().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        if (report.test() instanceof ClassificationEvaluation c) {
            Label title = new Label(messages.text("training.confusion"));
            title.getStyleClass().add("title-4");
            confusionBox.getChildren().setAll(title, new ConfusionMatrixPane(c.labels(), c.confusion(),
                    messages.text("training.confusion.actual"), messages.text("training.confusion.predicted")));
            chartPane.getChildren().add(panel(charts.roc(messages.text("training.chart.roc",
                    Cells.format(c.rocAuc())), c.rocCurves()), RunCharts.describe(c.rocCurves(), "FPR",
                    "TPR")));
            chartPane.getChildren().add(panel(charts.precisionRecall(messages.text("training.chart.pr",
                    Cells.format(c.prAuc())), c.prCurves()), RunCharts.describe(c.prCurves(), "recall",
                    "precision")));
        }
        if (!report.cvScores().isEmpty()) {
            confusionBox.getChildren().add(crossValidation(run.primaryMetric(), report.cvScores()));
        }
        if (report.test() instanceof RegressionEvaluation r) {
            chartPane.getChildren().add(panel(charts.residuals(messages.text("training.chart.residuals"),
                    r.residuals()), ""));
        }
        StringBuilder importance = new StringBuilder();
        report.importance().columns().stream().limit(20).forEach(c -> importance.append(String.format(Locale.ROOT,
                "%s: %.4f%n", c.column(), c.importance())));
        chartPane.getChildren().add(panel(charts.importance(messages.text("training.chart.importance"),
                report.importance(), 15), importance.toString().strip()));
    }

    /** The fold scores of k-fold cross-validation on the training rows: mean, spread and every fold. */
    private VBox crossValidation(String metric, List<Double> folds) {
        double mean = folds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double variance = folds.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum()
                / Math.max(1, folds.size() - 1);
        Label title = new Label(messages.text("training.cv.title", folds.size()));
        title.getStyleClass().add("title-4");
        Label summary = new Label(messages.text("training.cv.summary", metric, Cells.format(mean),
                Cells.format(Math.sqrt(variance)), String.join(", ", folds.stream().map(Cells::format).toList())));
        summary.setWrapText(true);
        summary.setId("cvSummary");
        VBox box = new VBox(4, title, summary);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        return box;
    }

    private ChartPanel panel(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, String exactValues) {
        ChartPanel panel = new ChartPanel(messages, this::exportFailed);
        panel.show(chart, exactValues);
        return panel;
    }

    private void exportFailed(Throwable failure) {
        dialogs.showError(messages.text("chart.export.error"), failure);
    }



    @FXML
    private void start() {
        viewModel.start();
    }

    @FXML
    private void cancelAll() {
        viewModel.cancelAll();
    }

    @FXML
    private void reproduce() {
        viewModel.reproduce();
    }
}
