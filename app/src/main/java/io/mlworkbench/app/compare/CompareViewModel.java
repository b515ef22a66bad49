package io.mlworkbench.app.compare;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.compare.ComparisonResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Compare step's state and actions: the finished runs to tick, the compared runs with their evaluations
 * and a metric table (best per metric), and the statistical test between two chosen runs with its p-value in
 * words. Engine work runs through the {@link TaskExecutor}.
 */
public final class CompareViewModel {

    private final RunCatalog catalog;
    private final TrainingService training;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final NavigationEntry entry;

    private final ObservableList<RunChoice> runs = FXCollections.observableArrayList();
    private final FilteredList<RunChoice> visibleRuns = new FilteredList<>(runs);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<ComparedRun> compared = FXCollections.observableArrayList();
    private final ObservableList<MetricComparison> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<RunChoice> runA = new SimpleObjectProperty<>();
    private final ObjectProperty<RunChoice> runB = new SimpleObjectProperty<>();
    private final ObservableList<ComparisonResult> tests = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param catalog lists the finished runs
     * @param training evaluations and tests
     * @param executor runs engine work off the UI thread
     * @param dialogs errors
     * @param messages user-visible text
     * @param entry the Compare step's sidebar entry
     */
    public CompareViewModel(RunCatalog catalog, TrainingService training, TaskExecutor executor,
                            DialogService dialogs, Messages messages, NavigationEntry entry) {
        this.catalog = catalog;
        this.training = training;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.entry = entry;
        filter.addListener((observable, before, now) ->
                visibleRuns.setPredicate(run -> run.matches(now == null ? "" : now)));
        runA.addListener((observable, before, now) -> tests.clear());
        runB.addListener((observable, before, now) -> tests.clear());
    }

    /** Reloads the finished runs, keeping the ticks. */
    public void refresh() {
        executor.execute(BackgroundTask.of(messages.text("compare.task.load"), (progress, cancel) ->
                        catalog.finishedRuns())
                .onSuccess(list -> {
                    Set<Long> ticked = new LinkedHashSet<>();
                    runs.stream().filter(r -> r.selectedProperty().get()).forEach(r -> ticked.add(r.runId()));
                    list.forEach(r -> r.selectedProperty().set(ticked.contains(r.runId())));
                    runs.setAll(list);
                })
                .onFailure(failure -> dialogs.showError(messages.text("compare.error.load"), failure)));
    }

    /** Loads the evaluations of the ticked runs that the filter shows, and fills the table and charts. */
    public void compareSelected() {
        List<RunChoice> chosen = visibleRuns.stream().filter(r -> r.selectedProperty().get()).toList();
        if (chosen.isEmpty()) {
            status.set(messages.text("compare.status.none"));
            return;
        }
        status.set("");
        executor.execute(BackgroundTask.of(messages.text("compare.task.evaluations", chosen.size()),
                        (progress, cancel) -> {
                            List<ComparedRun> loaded = new ArrayList<>();
                            for (RunChoice choice : chosen) {
                                cancel.throwIfCancelled("loading evaluations");
                                loaded.add(new ComparedRun(choice, training.evaluation(choice.runId())));
                            }
                            return loaded;
                        })
                .onSuccess(this::show)
                .onFailure(failure -> dialogs.showError(messages.text("compare.error.evaluations"), failure)));
    }

    private void show(List<ComparedRun> loaded) {
        Set<String> names = new LinkedHashSet<>();
        loaded.forEach(r -> names.addAll(r.report().test().metrics().keySet()));
        List<MetricComparison> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(MetricComparison.of(name, loaded.stream()
                    .map(r -> r.report().test().metrics().getOrDefault(name, Double.NaN)).toList()));
        }
        metrics.setAll(rows);
        tests.clear();
        compared.setAll(loaded); // last: listeners of the compared runs read the metric rows
        runA.set(loaded.get(0).choice());
        runB.set(loaded.size() > 1 ? loaded.get(1).choice() : null);
        entry.stateProperty().set(loaded.size() > 1 ? StepState.DONE : StepState.NOT_STARTED);
        entry.subjectProperty().set(messages.text("compare.subject", loaded.size()));
    }

    /** Tests whether run A and run B differ. */
    public void runTest() {
        RunChoice a = runA.get();
        RunChoice b = runB.get();
        if (a == null || b == null || a.runId() == b.runId()) {
            status.set(messages.text("compare.status.pair"));
            return;
        }
        status.set("");
        executor.execute(BackgroundTask.of(messages.text("compare.task.test", a.runId(), b.runId()),
                        (progress, cancel) -> training.compare(a.runId(), b.runId()))
                .onSuccess(results -> {
                    tests.setAll(results);
                    if (results.isEmpty()) {
                        status.set(messages.text("compare.status.noTest"));
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.text("compare.error.test"), failure)));
    }

    /**
     * @param result a test result
     * @return one line: the test, its statistic and p-value, then the explanation
     */
    public static String describe(ComparisonResult result) {
        return String.format(Locale.ROOT, "%s: statistic %.3f, p = %.4g. %s", result.test(), result.statistic(),
                result.pValue(), result.explanation());
    }

    /** @return every finished run, newest first */
    public ObservableList<RunChoice> runs() {
        return runs;
    }

    /** @return the finished runs the filter lets through, newest first */
    public ObservableList<RunChoice> visibleRuns() {
        return visibleRuns;
    }

    /** @return words that every listed run must contain (run id, experiment, algorithm, metric); empty: all */
    public StringProperty filterProperty() {
        return filter;
    }

    /** @return the runs being compared, with evaluations */
    public ObservableList<ComparedRun> compared() {
        return compared;
    }

    /** @return one row per metric across the compared runs */
    public ObservableList<MetricComparison> metrics() {
        return metrics;
    }

    /** @return the first run of the statistical test */
    public ObjectProperty<RunChoice> runAProperty() {
        return runA;
    }

    /** @return the second run of the statistical test */
    public ObjectProperty<RunChoice> runBProperty() {
        return runB;
    }

    /** @return the test results between run A and run B */
    public ObservableList<ComparisonResult> tests() {
        return tests;
    }

    /** @return a hint when the user must choose differently, empty otherwise */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
