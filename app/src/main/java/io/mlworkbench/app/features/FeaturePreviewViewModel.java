package io.mlworkbench.app.features;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.task.TaskHandle;
import io.mlworkbench.app.theme.ChartTheme;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.PipelineDefinition;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live preview: after each change (debounced) fits the steps on the training rows in the background, shows
 * the first rows transformed, and for a chosen column its distribution over the training rows before and after
 * the pipeline. A newer request cancels an older one still running; stale results are dropped.
 */
public final class FeaturePreviewViewModel {

    private static final Color BEFORE = ChartTheme.REFERENCE;
    private static final Color AFTER = ChartTheme.SERIES.get(0);
    private static final MathContext SIGNIFICANT = new MathContext(6);

    private final TaskExecutor executor;
    private final Messages messages;
    private final FeaturePreviewer previewer;
    private final Debouncer debouncer;
    private final DistributionChart chart;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<String> distributionColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> distributionColumn = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ReadOnlyObjectWrapper<BufferedImage> beforeChart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BufferedImage> afterChart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper beforeNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper afterNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private volatile Drawn lastBefore = new Drawn(null, null, null);
    private volatile Drawn lastAfter = new Drawn(null, null, null);
    private PipelinePreview current;
    private TaskHandle running;
    private long generation;

    /**
     * @param executor runs fitting off the UI thread
     * @param messages user-visible text
     * @param previewer computes previews
     * @param debouncer waits for a pause in editing before fitting
     */
    public FeaturePreviewViewModel(TaskExecutor executor, Messages messages, FeaturePreviewer previewer,
                                   Debouncer debouncer) {
        this.executor = executor;
        this.messages = messages;
        this.previewer = previewer;
        this.debouncer = debouncer;
        this.chart = new DistributionChart(messages.text("features.preview.chart.rows"));
        distributionColumn.addListener((observable, before, now) -> drawDistributions());
        theme.addListener((observable, before, now) -> drawDistributions());
    }

    /**
     * Asks for a preview of a pipeline on a table; runs after a pause in editing.
     *
     * @param table the dataset version's rows
     * @param split the training rows
     * @param definition the steps and target
     * @param onResult told of the preview once it is computed (on the UI thread)
     */
    void request(Table table, TrainingSplit split, PipelineDefinition definition, Consumer<PipelinePreview> onResult) {
        long ticket = ++generation;
        debouncer.submit(() -> start(ticket, table, split, definition, onResult));
    }

    /** Forgets the current preview (no dataset chosen). */
    void clear() {
        generation++;
        cancelRunning();
        current = null;
        columns.clear();
        rows.clear();
        distributionColumns.clear();
        distributionColumn.set(null);
        status.set("");
        error.set("");
    }

    private void start(long ticket, Table table, TrainingSplit split, PipelineDefinition definition,
                       Consumer<PipelinePreview> onResult) {
        if (ticket != generation) {
            return;
        }
        cancelRunning();
        busy.set(true);
        running = executor.execute(BackgroundTask.of(messages.text("features.task.preview"), (progress, cancel) ->
                        previewer.preview(table, split, definition, progress, cancel))
                .onSuccess(preview -> {
                    if (ticket == generation) {
                        show(preview);
                        onResult.accept(preview);
                    }
                })
                .onFailure(failure -> {
                    if (ticket == generation) {
                        error.set(failure.getMessage());
                        status.set("");
                    }
                })
                .onFinished(() -> busy.set(ticket != generation && busy.get())));
    }

    private void cancelRunning() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    private void show(PipelinePreview preview) {
        current = preview;
        error.set("");
        Table head = preview.head();
        columns.setAll(head.schema().names());
        List<List<String>> shown = new ArrayList<>();
        for (int r = 0; r < head.rowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (Column column : head.columns()) {
                row.add(cell(column, r));
            }
            shown.add(row);
        }
        rows.setAll(shown);
        status.set(messages.text("features.preview.status", preview.fittedSteps(), preview.split().size(),
                head.rowCount(), head.schema().size(), preview.millis()));
        Set<String> names = new LinkedHashSet<>(preview.training().schema().names());
        names.addAll(preview.raw().schema().names());
        String chosen = distributionColumn.get();
        distributionColumns.setAll(names);
        String next = chosen != null && names.contains(chosen) ? chosen : names.iterator().next();
        if (next.equals(distributionColumn.get())) {
            drawDistributions();
        } else {
            distributionColumn.set(next);
        }
    }

    /**
     * @param column a column
     * @param row a row
     * @return the value as the preview shows it: decimals to six significant digits, missing as empty
     */
    static String cell(Column column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn numbers && numbers.schema().type() == ColumnType.DECIMAL) {
            double value = numbers.get(row);
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            if (Double.isFinite(value)) {
                return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
            }
        }
        return column.format(row);
    }

    private void drawDistributions() {
        PipelinePreview preview = current;
        String name = distributionColumn.get();
        if (preview == null || name == null) {
            beforeChart.set(null);
            afterChart.set(null);
            return;
        }
        String other = messages.text("features.preview.chart.other");
        Theme drawIn = theme.get();
        executor.execute(BackgroundTask.of(messages.text("features.task.distribution", name), (progress, cancel) -> {
            BufferedImage[] images = new BufferedImage[2];
            preview.raw().schema().find(name).ifPresent(c -> images[0] = draw(ColumnDistribution.of(
                    preview.raw().column(name), preview.split().rows(), other), true, drawIn));
            preview.training().schema().find(name).ifPresent(c -> images[1] = draw(ColumnDistribution.of(
                    preview.training().column(name), null, other), false, drawIn));
            return images;
        }).onSuccess(images -> {
            if (preview == current && name.equals(distributionColumn.get())) {
                beforeChart.set(images[0]);
                afterChart.set(images[1]);
                beforeNote.set(images[0] == null ? messages.text("features.preview.createdByStep", name) : "");
                afterNote.set(images[1] == null ? messages.text("features.preview.removedByStep", name) : "");
            }
        }));
    }

    /** A distribution and its chart in a theme, kept so that an unchanged distribution is not drawn again. */
    private record Drawn(ColumnDistribution distribution, Theme theme, BufferedImage image) {
    }

    private BufferedImage draw(ColumnDistribution distribution, boolean before, Theme drawIn) {
        if (distribution.isEmpty()) {
            return null;
        }
        Drawn last = before ? lastBefore : lastAfter;
        if (distribution.equals(last.distribution()) && drawIn == last.theme()) {
            return last.image();
        }
        String title = before
                ? messages.text("features.preview.chart.before", distribution.column(), distribution.missing())
                : messages.text("features.preview.chart.after", distribution.column(), distribution.missing());
        BufferedImage image = chart.draw(distribution, title, before ? BEFORE : AFTER, ChartTheme.of(drawIn));
        if (before) {
            lastBefore = new Drawn(distribution, drawIn, image);
        } else {
            lastAfter = new Drawn(distribution, drawIn, image);
        }
        return image;
    }

    /** @return the theme the charts are drawn in (the view follows its window's theme) */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** @return the preview table's column names */
    public ObservableList<String> columns() {
        return columns;
    }

    /** @return the preview table's rows: the first rows of the dataset, transformed, as text */
    public ObservableList<List<String>> rows() {
        return rows;
    }

    /** @return the columns whose distribution can be shown: output columns, then input columns */
    public ObservableList<String> distributionColumns() {
        return distributionColumns;
    }

    /** @return the column whose distribution is shown */
    public ObjectProperty<String> distributionColumnProperty() {
        return distributionColumn;
    }

    /** @return the chosen column's distribution over the training rows before the pipeline, null when absent */
    public ReadOnlyObjectProperty<BufferedImage> beforeChartProperty() {
        return beforeChart.getReadOnlyProperty();
    }

    /** @return the chosen column's distribution over the training rows after the pipeline, null when absent */
    public ReadOnlyObjectProperty<BufferedImage> afterChartProperty() {
        return afterChart.getReadOnlyProperty();
    }

    /** @return why there is no "before" chart (the column is made by a step), empty otherwise */
    public ReadOnlyStringProperty beforeNoteProperty() {
        return beforeNote.getReadOnlyProperty();
    }

    /** @return why there is no "after" chart (the pipeline removes the column), empty otherwise */
    public ReadOnlyStringProperty afterNoteProperty() {
        return afterNote.getReadOnlyProperty();
    }

    /** @return what the preview shows: steps fitted, training rows, rows and columns shown */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return why no preview could be computed, empty otherwise */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return true while a preview is being computed */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
