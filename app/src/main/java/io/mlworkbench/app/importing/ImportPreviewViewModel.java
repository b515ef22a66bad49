package io.mlworkbench.app.importing;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.dataset.ImportPreview;
import io.mlworkbench.engine.data.ingest.ColumnInference;
import io.mlworkbench.engine.data.ingest.ColumnSpec;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.data.ingest.TypeMismatchPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the import preview shows and lets the user change: the dialect controls, the sheet of a workbook, the first
 * rows, one settings row per source column (name, type with evidence, role, label normalisation), and the
 * findings and problems of sniffing. A change of dialect or sheet asks for a new preview; column changes are kept
 * for the import. At most one column is the target.
 */
public final class ImportPreviewViewModel {

    private final DialectSettings dialect = new DialectSettings();
    private final ObservableList<ColumnSettingRow> columns = FXCollections.observableArrayList();
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper delimitedText = new ReadOnlyBooleanWrapper();
    private ImportPreview shown;
    private boolean showing;
    private Consumer<ImportOptions> onChange = options -> { };

    ImportPreviewViewModel() {
        ChangeListener<Object> previewAgain = (observable, before, now) -> dialectChanged();
        dialect.controls().forEach(control -> control.addListener(previewAgain));
        sheet.addListener((observable, before, now) -> sheetChanged(now));
    }

    /** @param previewAgain receives the options a new preview should be made with after a dialect or sheet change */
    void onChange(Consumer<ImportOptions> previewAgain) {
        this.onChange = previewAgain;
    }

    /**
     * Forgets the shown preview.
     *
     * @param delimited true when the next source is delimited text (the dialect controls apply)
     */
    void clear(boolean delimited) {
        shown = null;
        delimitedText.set(delimited);
        columns.clear();
        header.clear();
        rows.clear();
        findings.clear();
        problems.clear();
        sheets.clear();
    }

    /**
     * Shows a preview: its options in the controls (without asking for another preview), its rows and columns.
     *
     * @param preview the engine's preview
     */
    void show(ImportPreview preview) {
        showing = true;
        try {
            shown = preview;
            dialect.show(preview.options());
            sheets.setAll(preview.sheets());
            sheet.set(preview.options().sheet());
            header.setAll(preview.sourceColumnNames());
            rows.setAll(preview.rows());
            findings.setAll(preview.evidence());
            problems.setAll(preview.problems());
            List<ColumnSettingRow> settings = new ArrayList<>();
            List<ColumnSpec> specs = preview.options().columns();
            for (ColumnInference inference : preview.columns()) {
                ColumnSpec spec = inference.index() < specs.size() ? specs.get(inference.index())
                        : inference.suggested();
                ColumnSettingRow row = new ColumnSettingRow(inference, spec);
                row.roleProperty().addListener((observable, before, now) -> keepOneTarget(row, now));
                settings.add(row);
            }
            columns.setAll(settings);
        } finally {
            showing = false;
        }
    }

    private void dialectChanged() {
        if (!showing && shown != null) {
            dialect.applyTo(shown.options().withColumns(List.of()), delimitedText.get()).ifPresent(onChange);
        }
    }

    private void sheetChanged(String now) {
        if (!showing && shown != null && now != null) {
            onChange.accept(ImportOptions.defaults().withMissingMarkers(shown.options().missingMarkers())
                    .withSheet(now));
        }
    }

    private void keepOneTarget(ColumnSettingRow changed, ColumnRole role) {
        if (role == ColumnRole.TARGET) {
            columns.stream().filter(c -> c != changed && c.roleProperty().get() == ColumnRole.TARGET)
                    .forEach(c -> c.roleProperty().set(ColumnRole.FEATURE));
        }
    }

    /**
     * The options an import would use: the preview's, the dialect controls and the column settings.
     *
     * @param skipRaggedRows whether to skip and count ragged rows
     * @param widenTypes whether to widen a column's type when a later value does not fit
     * @return the options; empty when nothing was previewed or a control is invalid (see the dialect's error)
     * @throws io.mlworkbench.engine.WorkbenchException when a column setting is invalid (e.g. a blank name)
     */
    Optional<ImportOptions> importOptions(boolean skipRaggedRows, boolean widenTypes) {
        if (shown == null) {
            return Optional.empty();
        }
        ImportOptions base = shown.options().withSkipRaggedRows(skipRaggedRows)
                .withTypeMismatchPolicy(widenTypes ? TypeMismatchPolicy.WIDEN : TypeMismatchPolicy.FAIL);
        return dialect.applyTo(base, delimitedText.get())
                .map(options -> options.withColumns(columns.stream().map(ColumnSettingRow::toSpec).toList()));
    }

    /** @return the dialect controls */
    public DialectSettings dialect() {
        return dialect;
    }

    /** @return the source columns with their inferred types, evidence and the user's settings */
    public ObservableList<ColumnSettingRow> columns() {
        return columns;
    }

    /** @return the source's column names */
    public ObservableList<String> header() {
        return header;
    }

    /** @return the first rows as text (null for an empty cell) */
    public ObservableList<List<String>> rows() {
        return rows;
    }

    /** @return how the encoding, dialect, header, junk lines and missing markers were found */
    public ObservableList<String> findings() {
        return findings;
    }

    /** @return what would make the import fail or needs a look */
    public ObservableList<String> problems() {
        return problems;
    }

    /** @return a workbook's sheets; empty for other sources */
    public ObservableList<String> sheets() {
        return sheets;
    }

    /** @return the workbook sheet to read */
    public StringProperty sheetProperty() {
        return sheet;
    }

    /** @return true when the source is delimited text, so the dialect controls apply */
    public ReadOnlyBooleanProperty delimitedTextProperty() {
        return delimitedText.getReadOnlyProperty();
    }
}
