package io.mlworkbench.app.validation;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.i18n.NumberText;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.validation.RuleResult;
import io.mlworkbench.engine.validation.UnexpectedValue;
import io.mlworkbench.engine.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A validation report as the results view shows it: failed rules first, per rule the counts, unexpected share and
 * sample values, and on request the dataset rows that broke a rule.
 */
public final class ValidationResultsViewModel {

    /** How many failing rows the rows table lists at most. */
    public static final int ROW_LIMIT = 1_000;
    private static final int SAMPLE_VALUES = 5;

    private final Messages messages;
    private final ObservableList<RuleResultRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper success = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<FailingRows> failingRows = new ReadOnlyObjectWrapper<>();
    private Table table;

    /** @param messages user-visible text */
    public ValidationResultsViewModel(Messages messages) {
        this.messages = messages;
    }

    /**
     * Shows a report.
     *
     * @param report the report
     * @param data the validated data, to list failing rows from
     */
    public void show(ValidationReport report, Table data) {
        this.table = data;
        rows.setAll(report.failedFirst().stream().map(this::row).toList());
        int failed = report.statistics().unsuccessfulExpectations();
        int total = report.statistics().evaluatedExpectations();
        summary.set(report.success() ? messages.text("validate.results.passed", total, report.rowCount())
                : messages.text("validate.results.failed", failed, total, report.rowCount()));
        success.set(report.success());
        failingRows.set(null);
        shown.set(true);
    }

    /** Shows no report. */
    public void clear() {
        table = null;
        rows.clear();
        summary.set("");
        shown.set(false);
        success.set(false);
        failingRows.set(null);
    }

    /**
     * Lists the dataset rows that broke a rule, up to {@link #ROW_LIMIT}.
     *
     * @param row a result row; ignored when the rule has no failing rows
     */
    public void showFailingRows(RuleResultRow row) {
        if (row == null || row.failingRows().isEmpty() || table == null) {
            failingRows.set(null);
            return;
        }
        List<String> header = new ArrayList<>();
        header.add(messages.text("validate.rows.row"));
        header.addAll(table.schema().names());
        List<Integer> numbers = row.failingRows();
        List<List<String>> values = new ArrayList<>();
        for (int number : numbers.subList(0, Math.min(ROW_LIMIT, numbers.size()))) {
            List<String> cells = new ArrayList<>(header.size());
            cells.add(Integer.toString(number));
            for (Column column : table.columns()) {
                cells.add(column.format(number - 1));
            }
            values.add(cells);
        }
        boolean truncated = numbers.size() > ROW_LIMIT || row.result().unexpected().rowsTruncated();
        long total = row.result().unexpectedCount() == null ? numbers.size() : row.result().unexpectedCount();
        String caption = messages.text("validate.rows.caption", values.size(), total, row.number(),
                row.column().isEmpty() ? row.expectation() : row.column());
        failingRows.set(new FailingRows(caption, header, row.column(), values, truncated));
    }

    private RuleResultRow row(RuleResult result) {
        String status = result.hasException() ? messages.text("validate.status.notEvaluated")
                : result.success() ? messages.text("validate.status.passed") : messages.text("validate.status.failed");
        String elements = result.elementCount() == null ? "" : NumberText.count(result.elementCount());
        String unexpected = result.unexpectedCount() == null ? ""
                : result.unexpectedPercent() == null ? NumberText.count(result.unexpectedCount())
                : NumberText.count(result.unexpectedCount()) + " ("
                        + NumberText.percent(result.unexpectedPercent()) + ")";
        String observed = result.hasException() ? result.exceptionMessage()
                : result.observed() == null ? "" : observedText(result);
        return new RuleResultRow(result, status, elements, unexpected, observed, sample(result));
    }

    private static String observedText(RuleResult result) {
        String text = result.observed().display();
        if (!result.observed().unexpectedValues().isEmpty()) {
            text += "; unexpected: " + String.join(", ", result.observed().unexpectedValues());
        }
        if (!result.observed().missingValues().isEmpty()) {
            text += "; missing: " + String.join(", ", result.observed().missingValues());
        }
        return text;
    }

    private String sample(RuleResult result) {
        if (result.unexpected() == null || result.unexpected().sample().isEmpty()) {
            return "";
        }
        List<UnexpectedValue> sample = result.unexpected().sample();
        String shownValues = sample.stream().limit(SAMPLE_VALUES)
                .map(v -> messages.text("validate.sample.value", v.row(),
                        v.value() == null ? messages.text("validate.sample.missing") : v.value()))
                .collect(Collectors.joining("; "));
        return sample.size() > SAMPLE_VALUES ? shownValues + "; \u2026" : shownValues;
    }

    /** @return the rule results, failed rules first, each group in suite order */
    public ObservableList<RuleResultRow> rows() {
        return rows;
    }

    /** @return e.g. "3 of 12 rules failed on 32,561 rows" */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return true while a report is shown */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** @return true when the shown report met every rule */
    public ReadOnlyBooleanProperty successProperty() {
        return success.getReadOnlyProperty();
    }

    /** @return the failing rows of the rule last asked for, null when none are shown */
    public ReadOnlyObjectProperty<FailingRows> failingRowsProperty() {
        return failingRows.getReadOnlyProperty();
    }
}
