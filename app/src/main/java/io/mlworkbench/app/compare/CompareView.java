package io.mlworkbench.app.compare;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.training.Cells;
import io.mlworkbench.app.training.ChartPanel;
import io.mlworkbench.app.training.ConfusionMatrixPane;
import io.mlworkbench.app.training.RunCharts;
import io.mlworkbench.app.view.TableColumns;
import io.mlworkbench.app.view.ViewLoader;
import io.mlworkbench.engine.training.compare.ComparisonResult;
import io.mlworkbench.engine.training.evaluation.ClassificationEvaluation;
import io.mlworkbench.engine.training.evaluation.CurvePoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the Compare step's FXML to its {@link CompareViewModel}; builds a column per compared run. */
public final class CompareView {

    private static final int CHART_WIDTH = 440;
    private static final int CHART_HEIGHT = 330;
    private static final List<String> BAR_METRICS = List.of("accuracy", "balanced_accuracy", "macro_f1", "roc_auc",
            "pr_auc", "r2");

    private final CompareViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;
    private final RunCharts charts = new RunCharts(CHART_WIDTH, CHART_HEIGHT);
    /** As wide as the two curve charts beside each other: a group of bars per metric, the legend at the side. */
    private final RunCharts barCharts = new RunCharts(2 * CHART_WIDTH + 12, CHART_HEIGHT);
    private final Parent root;

    @FXML private Label statusLabel;
    @FXML private Button compareButton;
    @FXML private TextField filterField;
    @FXML private TableView<RunChoice> runTable;
    @FXML private VBox resultCard;
    @FXML private TableView<MetricComparison> metricTable;
    @FXML private FlowPane chartPane;
    @FXML private FlowPane confusionPane;
    @FXML private VBox testCard;
    @FXML private ComboBox<RunChoice> runAChoice;
    @FXML private ComboBox<RunChoice> runBChoice;
    @FXML private VBox testResults;

    /**
     * @param viewModel the step's state and actions
     * @param loader the FXML loader
     * @param messages user-visible text
     * @param dialogs where chart export errors go
     */
    public CompareView(CompareViewModel viewModel, ViewLoader loader, Messages messages, DialogService dialogs) {
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
        runTable.setItems(viewModel.visibleRuns());
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        TableColumn<RunChoice, Boolean> selectColumn = TableColumns.observed("", 40, RunChoice::selectedProperty);
        selectColumn.setCellFactory(CheckBoxTableCell.forTableColumn(selectColumn));
        selectColumn.setEditable(true);
        runTable.getColumns().setAll(List.of(selectColumn,
                TableColumns.text(messages.text("compare.column.run"), 70, run -> String.valueOf(run.runId())),
                TableColumns.text(messages.text("compare.column.experiment"), 360, RunChoice::experiment),
                TableColumns.text(messages.text("compare.column.algorithm"), 240, RunChoice::algorithmName),
                TableColumns.text(messages.text("compare.column.primary"), 200, RunChoice::primary)));
        compareButton.disableProperty().bind(Bindings.isEmpty(viewModel.runs()));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        resultCard.visibleProperty().bind(Bindings.isNotEmpty(viewModel.compared()));
        resultCard.managedProperty().bind(resultCard.visibleProperty());
        testCard.visibleProperty().bind(Bindings.size(viewModel.compared()).greaterThan(1));
        testCard.managedProperty().bind(testCard.visibleProperty());
        StringConverter<RunChoice> label = Cells.converter(RunChoice::label);
        runAChoice.setConverter(label);
        runBChoice.setConverter(label);
        runAChoice.valueProperty().bindBidirectional(viewModel.runAProperty());
        runBChoice.valueProperty().bindBidirectional(viewModel.runBProperty());
        viewModel.compared().addListener((ListChangeListener<ComparedRun>) change -> showCompared());
        viewModel.tests().addListener((ListChangeListener<ComparisonResult>) change -> showTests());
    }

    private void showCompared() {
        List<ComparedRun> runs = List.copyOf(viewModel.compared());
        List<RunChoice> choices = runs.stream().map(ComparedRun::choice).toList();
        runAChoice.setItems(FXCollections.observableArrayList(choices));
        runBChoice.setItems(FXCollections.observableArrayList(choices));
        buildMetricColumns(choices);
        metricTable.setItems(viewModel.metrics());
        Map<String, List<CurvePoint>> roc = new LinkedHashMap<>();
        Map<String, List<CurvePoint>> pr = new LinkedHashMap<>();
        confusionPane.getChildren().clear();
        for (ComparedRun run : runs) {
            if (run.report().test() instanceof ClassificationEvaluation c) {
                c.rocCurves().values().stream().findFirst().ifPresent(points -> roc.put(run.choice().label(), points));
                c.prCurves().values().stream().findFirst().ifPresent(points -> pr.put(run.choice().label(), points));
                Label title = new Label(run.choice().label());
                title.getStyleClass().add("text-bold");
                confusionPane.getChildren().add(new VBox(4, title, new ConfusionMatrixPane(c.labels(),
                        c.confusion(), messages.text("training.confusion.actual"),
                        messages.text("training.confusion.predicted"))));
            }
        }
        chartPane.getChildren().clear();
        if (!roc.isEmpty()) {
            chartPane.getChildren().add(panel(charts.roc(messages.text("compare.chart.roc"), roc),
                    RunCharts.describe(roc, "FPR", "TPR")));
            chartPane.getChildren().add(panel(charts.precisionRecall(messages.text("compare.chart.pr"), pr),
                    RunCharts.describe(pr, "recall", "precision")));
        }
        List<String> barMetrics = viewModel.metrics().stream().map(MetricComparison::metric)
                .filter(BAR_METRICS::contains).toList();
        double[][] values = new double[runs.size()][barMetrics.size()];
        StringBuilder exact = new StringBuilder();
        for (int r = 0; r < runs.size(); r++) {
            exact.append(choices.get(r).label()).append(':');
            for (int m = 0; m < barMetrics.size(); m++) {
                values[r][m] = runs.get(r).report().test().metrics().getOrDefault(barMetrics.get(m), Double.NaN);
                exact.append(String.format(Locale.ROOT, " %s %.4f", barMetrics.get(m), values[r][m]));
            }
            exact.append('\n');
        }
        if (!barMetrics.isEmpty()) {
            chartPane.getChildren().add(panel(barCharts.metricBars(messages.text("compare.chart.bars"), barMetrics,
                    choices.stream().map(RunChoice::label).toList(), values), exact.toString().strip()));
        }
        testResults.getChildren().clear();
    }

    private void buildMetricColumns(List<RunChoice> choices) {
        metricTable.getColumns().clear();
        metricTable.getColumns().add(TableColumns.text(messages.text("compare.column.metric"), 170,
                MetricComparison::metric));
        for (int i = 0; i < choices.size(); i++) {
            int index = i;
            TableColumn<MetricComparison, String> column = TableColumns.text(choices.get(i).label(), 210,
                    row -> Cells.format(row.values().get(index)));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String value, boolean empty) {
                    super.updateItem(value, empty);
                    setText(empty ? null : value);
                    getStyleClass().remove("best-value");
                    MetricComparison row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null && row.best() == index && row.values().size() > 1) {
                        getStyleClass().add("best-value");
                    }
                }
            });
            metricTable.getColumns().add(column);
        }
    }

    private void showTests() {
        testResults.getChildren().setAll(viewModel.tests().stream().map(result -> {
            Label line = new Label(CompareViewModel.describe(result));
            line.setWrapText(true);
            line.getStyleClass().add(result.significant() ? "text-success" : "text-muted");
            return line;
        }).toList());
    }

    private ChartPanel panel(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, String exactValues) {
        ChartPanel panel = new ChartPanel(messages, failure -> dialogs.showError(
                messages.text("chart.export.error"), failure));
        panel.show(chart, exactValues);
        return panel;
    }

    @FXML
    private void compare() {
        viewModel.compareSelected();
    }

    @FXML
    private void runTest() {
        viewModel.runTest();
    }
}
