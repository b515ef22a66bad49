package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Everything a user can decide about an import. A null {@code dialect}, {@code header} or {@code skipLines} and
 * an empty {@code columns} list mean "sniff / infer it"; the preview returns the options with every choice
 * filled in, which the user then edits. Stored with each dataset version as its import settings.
 *
 * @param dialect how a delimited text file is written; null to sniff (ignored for other sources)
 * @param header whether the first row (after junk lines) holds column names; null to detect
 * @param skipLines junk lines (or spreadsheet rows) before the header or first row; null to detect
 * @param missingMarkers values meaning "missing": {@code ""} is the empty field, {@code " "} any blank field,
 *     others (e.g. {@code NA}, {@code ?}) match after trimming spaces
 * @param columns per source column, by position: name, type, role; empty to infer
 * @param skipRaggedRows skip and count rows whose field count differs from the header's, instead of failing
 * @param onTypeMismatch what to do with a value that does not fit its column's type
 * @param sampleRows how many rows type inference looks at
 * @param sheet the spreadsheet sheet to read; null for the first (ignored for other sources)
 */
public record ImportOptions(CsvDialect dialect, Boolean header, Integer skipLines, Set<String> missingMarkers,
                            List<ColumnSpec> columns, boolean skipRaggedRows, TypeMismatchPolicy onTypeMismatch,
                            int sampleRows, String sheet) {

    /** The markers recognised unless the user changes them. */
    public static final Set<String> DEFAULT_MISSING_MARKERS = Set.of("", " ", "NA", "N/A", "null", "?");
    /** How many rows type inference looks at unless the user changes it. */
    public static final int DEFAULT_SAMPLE_ROWS = 10_000;

    /** Copies the collections and checks the numbers. */
    public ImportOptions {
        missingMarkers = Set.copyOf(missingMarkers == null ? DEFAULT_MISSING_MARKERS : missingMarkers);
        columns = List.copyOf(columns == null ? List.of() : columns);
        if (onTypeMismatch == null) {
            onTypeMismatch = TypeMismatchPolicy.FAIL;
        }
        if (skipLines != null && skipLines < 0) {
            throw new WorkbenchException("skipLines must be 0 or more (got " + skipLines + ")");
        }
        if (sampleRows < 1) {
            throw new WorkbenchException("sampleRows must be at least 1 (got " + sampleRows + ")");
        }
    }

    /** @return options that sniff and infer everything, with the default missing markers */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, DEFAULT_MISSING_MARKERS, List.of(), false, TypeMismatchPolicy.FAIL,
                DEFAULT_SAMPLE_ROWS, null);
    }

    /**
     * @param newDialect the dialect, or null to sniff
     * @return these options with another dialect
     */
    public ImportOptions withDialect(CsvDialect newDialect) {
        return new ImportOptions(newDialect, header, skipLines, missingMarkers, columns, skipRaggedRows, onTypeMismatch,
                sampleRows, sheet);
    }

    /**
     * @param hasHeader whether there is a header row, or null to detect
     * @return these options with the header choice
     */
    public ImportOptions withHeader(Boolean hasHeader) {
        return new ImportOptions(dialect, hasHeader, skipLines, missingMarkers, columns, skipRaggedRows, onTypeMismatch,
                sampleRows, sheet);
    }

    /**
     * @param lines junk lines before the data, or null to detect
     * @return these options with that many junk lines
     */
    public ImportOptions withSkipLines(Integer lines) {
        return new ImportOptions(dialect, header, lines, missingMarkers, columns, skipRaggedRows, onTypeMismatch,
                sampleRows, sheet);
    }

    /**
     * @param markers the missing-value markers
     * @return these options with those markers
     */
    public ImportOptions withMissingMarkers(Set<String> markers) {
        return new ImportOptions(dialect, header, skipLines, markers, columns, skipRaggedRows, onTypeMismatch,
                sampleRows, sheet);
    }

    /**
     * @param marker a further missing-value marker
     * @return these options recognising it too
     */
    public ImportOptions withMissingMarker(String marker) {
        Set<String> markers = new LinkedHashSet<>(missingMarkers);
        markers.add(marker);
        return withMissingMarkers(markers);
    }

    /**
     * @param specs per source column, or empty to infer
     * @return these options with those columns
     */
    public ImportOptions withColumns(List<ColumnSpec> specs) {
        return new ImportOptions(dialect, header, skipLines, missingMarkers, specs, skipRaggedRows, onTypeMismatch,
                sampleRows, sheet);
    }

    /**
     * @param skip whether to skip and count ragged rows
     * @return these options with that choice
     */
    public ImportOptions withSkipRaggedRows(boolean skip) {
        return new ImportOptions(dialect, header, skipLines, missingMarkers, columns, skip, onTypeMismatch,
                sampleRows, sheet);
    }

    /**
     * @param policy what to do with values that do not fit
     * @return these options with that policy
     */
    public ImportOptions withTypeMismatchPolicy(TypeMismatchPolicy policy) {
        return new ImportOptions(dialect, header, skipLines, missingMarkers, columns, skipRaggedRows, policy,
                sampleRows, sheet);
    }

    /**
     * @param rows how many rows type inference looks at
     * @return these options with that sample size
     */
    public ImportOptions withSampleRows(int rows) {
        return new ImportOptions(dialect, header, skipLines, missingMarkers, columns, skipRaggedRows, onTypeMismatch,
                rows, sheet);
    }

    /**
     * @param sheetName the spreadsheet sheet, or null for the first
     * @return these options reading that sheet
     */
    public ImportOptions withSheet(String sheetName) {
        return new ImportOptions(dialect, header, skipLines, missingMarkers, columns, skipRaggedRows, onTypeMismatch,
                sampleRows, sheetName);
    }

    /**
     * Changes one column, found by its current name.
     *
     * @param name the column's current name
     * @param change what to do to it, e.g. {@code c -> c.withRole(ColumnRole.TARGET)}
     * @return these options with the column changed
     * @throws WorkbenchException when no column has that name (the columns must be filled in, e.g. by a preview)
     */
    public ImportOptions withColumn(String name, UnaryOperator<ColumnSpec> change) {
        List<ColumnSpec> changed = new ArrayList<>(columns);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).name().equals(name)) {
                changed.set(i, change.apply(changed.get(i)));
                return withColumns(changed);
            }
        }
        throw new WorkbenchException("No column named '" + name + "' to change; the columns are "
                + columns.stream().map(ColumnSpec::name).toList());
    }

    /**
     * @param names new names for the columns, in order (as many as there are columns)
     * @return these options with the columns renamed
     */
    public ImportOptions withColumnNames(List<String> names) {
        if (names.size() != columns.size()) {
            throw new WorkbenchException("Got " + names.size() + " column names for " + columns.size() + " columns");
        }
        List<ColumnSpec> renamed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            renamed.add(columns.get(i).withName(names.get(i)));
        }
        return withColumns(renamed);
    }

    /**
     * @param name a column
     * @param type its new type
     * @return these options with the column's type changed
     */
    public ImportOptions withColumnType(String name, ColumnType type) {
        return withColumn(name, c -> c.withType(type));
    }

    /**
     * @param name a column
     * @param role its new role
     * @return these options with the column's role changed (any other TARGET becomes a FEATURE)
     */
    public ImportOptions withColumnRole(String name, ColumnRole role) {
        ImportOptions result = this;
        if (role == ColumnRole.TARGET) {
            List<ColumnSpec> demoted = columns.stream()
                    .map(c -> c.role() == ColumnRole.TARGET ? c.withRole(ColumnRole.FEATURE) : c).toList();
            result = withColumns(demoted);
        }
        return result.withColumn(name, c -> c.withRole(role));
    }
}
