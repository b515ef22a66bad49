package io.mlworkbench.app.importing;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.i18n.NumberText;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.profile.ColumnProfile;
import io.mlworkbench.engine.data.profile.DatasetProfile;
import io.mlworkbench.engine.data.profile.TargetBalance;
import io.mlworkbench.engine.data.profile.ValueCount;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
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
import org.knowm.xchart.CategoryChart;

/**
 * A dataset version's profile as the profile view shows it: dataset facts, one row of statistics per column, and
 * the histogram or bar chart of the selected column, which can be exported as PNG.
 */
public final class ProfileViewModel {

    private final WorkspaceSession session;
    private final Messages messages;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ProfileChart charts;
    private final ObservableList<ColumnProfileRow> columns = FXCollections.observableArrayList();
    private final ObservableList<ProfileFact> facts = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnProfileRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ReadOnlyObjectWrapper<BufferedImage> chartImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper chartCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private CategoryChart chart;

    /**
     * @param session the open workspace: its dataset versions and stored profiles
     * @param executor profiles and writes exported charts off the UI thread
     * @param dialogs the save-file chooser and errors
     * @param messages user-visible text
     */
    public ProfileViewModel(WorkspaceSession session, TaskExecutor executor, DialogService dialogs,
                            Messages messages) {
        this.session = session;
        this.messages = messages;
        this.executor = executor;
        this.dialogs = dialogs;
        this.charts = new ProfileChart(messages.text("profile.chart.rows"), messages.text("profile.chart.other"));
        selected.addListener((observable, before, now) -> drawChart(now));
        theme.addListener((observable, before, now) -> renderChart());
    }

    /**
     * Shows a dataset version's profile: the stored one, or one computed (in the background, with progress and
     * cancel) and stored now.
     *
     * @param version the dataset version
     */
    public void load(DatasetVersion version) {
        String what = messages.text("profile.subject", version.datasetName(), version.versionNo());
        loading.set(true);
        executor.execute(BackgroundTask.of(messages.text("task.profile", what), (progress, cancel) -> {
            Optional<DatasetProfile> stored = session.profiles().find(version.id());
            if (stored.isPresent()) {
                return stored.get();
            }
            Table table = session.datasets().loadTable(version.id());
            return session.profiles().profileOf(session.actor(), version.id(), table, progress, cancel);
        }).onSuccess(profile -> show(what, profile))
                .onFailure(failure -> dialogs.showError(messages.text("error.profile", what), failure))
                .onFinished(() -> loading.set(false)));
    }

    /**
     * Shows a profile and selects its first column.
     *
     * @param what the dataset version, e.g. {@code adult v1}
     * @param profile its profile
     */
    public void show(String what, DatasetProfile profile) {
        subject.set(what);
        facts.setAll(facts(profile));
        columns.setAll(profile.columns().stream().map(ColumnProfileRow::new).toList());
        selected.set(null);
        selected.set(columns.isEmpty() ? null : columns.get(0));
        shown.set(true);
    }

    /** Shows nothing. */
    public void clear() {
        subject.set("");
        facts.clear();
        columns.clear();
        selected.set(null);
        shown.set(false);
    }

    private void drawChart(ColumnProfileRow row) {
        chart = row == null ? null : charts.chart(row.profile());
        renderChart();
        chartCaption.set(row == null ? "" : chart == null ? messages.text("profile.chart.none", row.name())
                : messages.text("profile.chart.caption", row.name(), row.type()));
    }

    private void renderChart() {
        chartImage.set(chart == null ? null : charts.image(chart, theme.get()));
    }

    /** Asks where to save the selected column's chart and writes it as a PNG file in the background. */
    public void exportChart() {
        CategoryChart toSave = chart;
        ColumnProfileRow row = selected.get();
        if (toSave == null || row == null) {
            return;
        }
        String name = (subject.get() + "-" + row.name()).replaceAll("[^A-Za-z0-9._-]+", "_") + ".png";
        dialogs.chooseSaveFile(messages.text("profile.export.title"), name, messages.text("profile.export.filter"),
                List.of("*.png")).ifPresent(file -> save(toSave, withPngExtension(file)));
    }

    private void save(CategoryChart toSave, Path file) {
        executor.execute(BackgroundTask.of(messages.text("task.exportChart", file.getFileName()),
                        (progress, cancel) -> {
                            charts.savePng(toSave, file);
                            return file;
                        })
                .onSuccess(saved -> dialogs.notify(messages.text("profile.export.done", saved)))
                .onFailure(failure -> dialogs.showError(messages.text("error.exportChart", file), failure)));
    }

    private static Path withPngExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".png") ? file : file.resolveSibling(name + ".png");
    }

    private List<ProfileFact> facts(DatasetProfile profile) {
        List<ProfileFact> list = new ArrayList<>();
        list.add(new ProfileFact(messages.text("profile.fact.rows"), NumberText.count(profile.rowCount()), false));
        list.add(new ProfileFact(messages.text("profile.fact.columns"), NumberText.count(profile.columnCount()),
                false));
        long duplicates = profile.duplicateRowCount();
        String duplicateText = duplicates == 0 ? "0" : NumberText.count(duplicates) + " ("
                + NumberText.percentOf((double) duplicates / Math.max(1, profile.rowCount())) + ")";
        list.add(new ProfileFact(messages.text("profile.fact.duplicates"), duplicateText, duplicates > 0));
        List<String> withMissing = profile.columns().stream().filter(c -> c.missing() > 0).map(ColumnProfile::name)
                .toList();
        list.add(new ProfileFact(messages.text("profile.fact.missing"), names(withMissing), !withMissing.isEmpty()));
        list.add(new ProfileFact(messages.text("profile.fact.constant"), names(profile.constantColumns()),
                !profile.constantColumns().isEmpty()));
        list.add(new ProfileFact(messages.text("profile.fact.identifiers"), names(profile.likelyIdentifiers()),
                false));
        list.add(targetFact(profile.targetBalance()));
        return list;
    }

    private ProfileFact targetFact(TargetBalance balance) {
        if (balance == null) {
            return new ProfileFact(messages.text("profile.fact.target"), messages.text("profile.fact.noTarget"), false);
        }
        long total = balance.otherCount() + balance.classes().stream().mapToLong(ValueCount::count).sum();
        String classes = balance.classes().stream().limit(6)
                .map(c -> c.value() + " " + NumberText.percentOf((double) c.count() / Math.max(1, total)))
                .collect(Collectors.joining(", "));
        if (balance.classes().size() > 6) {
            classes += ", \u2026";
        }
        boolean skewed = balance.classes().size() > 1 && balance.minorityShare() < 0.1;
        return new ProfileFact(messages.text("profile.fact.target"), balance.column() + ": " + classes, skewed);
    }

    private String names(List<String> names) {
        if (names.isEmpty()) {
            return messages.text("profile.fact.none");
        }
        String shown = names.stream().limit(8).collect(Collectors.joining(", "));
        return names.size() > 8 ? names.size() + ": " + shown + ", \u2026" : names.size() + ": " + shown;
    }

    /** @return one row of statistics per column, in column order */
    public ObservableList<ColumnProfileRow> columns() {
        return columns;
    }

    /** @return the dataset-level facts */
    public ObservableList<ProfileFact> facts() {
        return facts;
    }

    /** @return the column whose chart is shown */
    public ObjectProperty<ColumnProfileRow> selectedProperty() {
        return selected;
    }

    /** @return the theme the chart is drawn in (the view follows its window's theme); the PNG matches it */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** @return the selected column's chart, null when it has none */
    public ReadOnlyObjectProperty<BufferedImage> chartImageProperty() {
        return chartImage.getReadOnlyProperty();
    }

    /** @return what the chart shows */
    public ReadOnlyStringProperty chartCaptionProperty() {
        return chartCaption.getReadOnlyProperty();
    }

    /** @return the dataset version profiled, e.g. {@code adult v1} */
    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** @return true while a profile is being loaded or computed */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** @return true while a profile is shown */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
