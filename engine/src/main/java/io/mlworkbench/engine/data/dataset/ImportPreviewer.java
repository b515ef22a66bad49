package io.mlworkbench.engine.data.dataset;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.csv.CsvRecordSource;
import io.mlworkbench.engine.data.csv.DialectSniffer;
import io.mlworkbench.engine.data.excel.ExcelRecordSource;
import io.mlworkbench.engine.data.ingest.ColumnInference;
import io.mlworkbench.engine.data.ingest.ColumnNames;
import io.mlworkbench.engine.data.ingest.ColumnSpec;
import io.mlworkbench.engine.data.ingest.HeaderDetector;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.data.ingest.MissingMarkers;
import io.mlworkbench.engine.data.ingest.RawRecord;
import io.mlworkbench.engine.data.ingest.RecordSource;
import io.mlworkbench.engine.data.ingest.TypeInferrer;
import io.mlworkbench.engine.data.jdbc.JdbcRecordSource;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fills in the import options a user left open (dialect, header, junk lines, columns) by sniffing the source
 * and inferring types on a sample, and opens the {@link RecordSource} that reads it.
 */
final class ImportPreviewer {

    private static final int HEADER_SNIFF_ROWS = 50;
    /** A sample holds at most about this many cells, whatever the table's width. */
    private static final int MAX_SAMPLE_CELLS = 2_000_000;

    /**
     * @param source where to read
     * @param options the user's choices; null parts are sniffed or inferred
     * @param previewRows how many rows to return for display
     * @param cancel checked while sampling
     * @return the preview, with resolved options
     */
    ImportPreview preview(ImportSource source, ImportOptions options, int previewRows, CancellationToken cancel) {
        List<String> evidence = new ArrayList<>();
        List<String> sheets = List.of();
        ImportOptions resolved = options;
        List<ColumnSpec> fixedColumns = List.of();
        if (source instanceof ImportSource.CsvFile f) {
            if (options.dialect() == null || options.header() == null || options.skipLines() == null) {
                DialectSniffer.Result sniffed = DialectSniffer.sniff(f.path());
                evidence.addAll(sniffed.evidence());
                resolved = resolved.withDialect(options.dialect() != null ? options.dialect() : sniffed.dialect())
                        .withHeader(options.header() != null ? options.header() : sniffed.header())
                        .withSkipLines(options.skipLines() != null ? options.skipLines() : sniffed.skipLines());
            }
        } else if (source instanceof ImportSource.ExcelFile f) {
            sheets = ExcelRecordSource.sheetNames(f.path());
            resolved = resolveSheet(f, resolved.withSheet(options.sheet() != null ? options.sheet()
                    : sheets.isEmpty() ? null : sheets.get(0)), evidence, cancel);
        } else if (source instanceof ImportSource.JdbcQuery) {
            resolved = resolved.withHeader(true).withSkipLines(0);
        } else if (source instanceof ImportSource.ExportedFile f) {
            fixedColumns = new ExportedRecordSource(f.path()).columns();
            resolved = resolved.withHeader(false).withSkipLines(0).withMissingMarkers(Set.of());
            evidence.add("an exported dataset: its stored schema is used as is");
        }
        RecordSource records = open(source, resolved);
        Sample sample = Sample.read(records, resolved.header(), resolved.sampleRows(), cancel);
        List<String> problems = new ArrayList<>(sample.problems(records));
        List<String> names = sample.header != null ? Arrays.asList(sample.header) : ColumnNames.generated(sample.width());
        List<String[]> values = sample.withMissing(new MissingMarkers(resolved.missingMarkers(), records.charset()),
                records.charset(), evidence, names);
        List<ColumnInference> inferred = TypeInferrer.infer(names, values);
        List<ColumnSpec> specs = inferred.stream().map(ColumnInference::suggested).toList();
        if (!fixedColumns.isEmpty()) {
            specs = fixedColumns;
        } else if (!options.columns().isEmpty()) {
            if (options.columns().size() == names.size()) {
                specs = options.columns();
            } else {
                problems.add("your " + options.columns().size() + " column settings were not used: the source has "
                        + names.size() + " columns with these options");
            }
        }
        noteLabelsWithTrailingDots(inferred, values, problems);
        ColumnNames.problems(specs.stream().map(ColumnSpec::name).toList()).forEach(problems::add);
        List<List<String>> shown = sample.rows.stream().limit(previewRows).map(Arrays::asList).toList();
        return new ImportPreview(resolved.withColumns(specs), names, shown, inferred, evidence, problems, sheets,
                sample.rows.size(), sample.reachedEnd);
    }

    /**
     * @param source where to read
     * @param resolved options with header, junk lines and (for text files) dialect filled in
     * @return the source's records
     */
    RecordSource open(ImportSource source, ImportOptions resolved) {
        int skip = resolved.skipLines() == null ? 0 : resolved.skipLines();
        if (source instanceof ImportSource.CsvFile f) {
            return new CsvRecordSource(f.path(), resolved.dialect(), skip);
        }
        if (source instanceof ImportSource.ExcelFile f) {
            return new ExcelRecordSource(f.path(), resolved.sheet(), skip);
        }
        if (source instanceof ImportSource.JdbcQuery q) {
            return new JdbcRecordSource(q.url(), q.user(), q.password(), q.sql());
        }
        return new ExportedRecordSource(((ImportSource.ExportedFile) source).path());
    }

    private ImportOptions resolveSheet(ImportSource.ExcelFile f, ImportOptions options, List<String> evidence,
                                       CancellationToken cancel) {
        if (options.header() != null && options.skipLines() != null) {
            return options;
        }
        Sample raw = Sample.read(new ExcelRecordSource(f.path(), options.sheet(), 0), false, HEADER_SNIFF_ROWS, cancel);
        int width = raw.rows.stream().mapToInt(r -> trimmedWidth(r)).max().orElse(0);
        int junk = 0;
        while (junk < raw.rows.size() - 1 && junk < 10 && trimmedWidth(raw.rows.get(junk)) < width) {
            junk++;
        }
        long skip = options.skipLines() != null ? options.skipLines() : junk == 0 ? 0 : raw.lines.get(junk) - 1;
        if (options.skipLines() == null && skip > 0) {
            evidence.add(skip + " junk row(s) before the table skipped: they have fewer cells than the " + width
                    + " of the table");
        }
        Boolean header = options.header();
        if (header == null) {
            HeaderDetector.Decision d = HeaderDetector.detect(raw.rows.subList(Math.min(junk, raw.rows.size()),
                    raw.rows.size()));
            evidence.add(d.evidence());
            header = d.header();
        }
        return options.withSkipLines((int) skip).withHeader(header);
    }

    private static int trimmedWidth(String[] row) {
        int w = row.length;
        while (w > 0 && row[w - 1] == null) {
            w--;
        }
        return w;
    }

    private static void noteLabelsWithTrailingDots(List<ColumnInference> inferred, List<String[]> values,
                                                   List<String> problems) {
        for (ColumnInference c : inferred) {
            if (c.suggested().type() != ColumnType.CATEGORICAL) {
                continue;
            }
            Set<String> labels = new HashSet<>();
            for (String[] row : values) {
                if (c.index() < row.length && row[c.index()] != null) {
                    labels.add(row[c.index()].strip());
                }
            }
            boolean allDotted = !labels.isEmpty() && labels.stream().allMatch(l -> l.length() > 1 && l.endsWith("."));
            boolean pair = labels.stream().anyMatch(l -> l.endsWith(".") && labels.contains(l.substring(0, l.length() - 1)));
            if (allDotted || pair) {
                problems.add("column '" + c.sourceName() + "' has labels ending in '.' (e.g. '"
                        + labels.stream().filter(l -> l.endsWith(".")).sorted().findFirst().orElse("")
                        + "'): if another file spells them without it, turn on label normalisation for this column");
            }
        }
    }

    /** The first rows of a source, as text. */
    private static final class Sample {

        private String[] header;
        private final List<String[]> rows = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();
        private boolean reachedEnd = true;

        static Sample read(RecordSource source, boolean hasHeader, int maxRows, CancellationToken cancel) {
            Sample s = new Sample();
            Charset cs = source.charset();
            boolean[] headerPending = {hasHeader};
            int[] limit = {maxRows};
            source.read((RawRecord r) -> {
                limit[0] = Math.min(limit[0], Math.max(100, MAX_SAMPLE_CELLS / Math.max(1, r.fieldCount())));
                if (headerPending[0]) {
                    headerPending[0] = false;
                    s.header = r.toStrings(cs);
                    return true;
                }
                if (s.rows.size() >= limit[0]) {
                    s.reachedEnd = false;
                    return false;
                }
                s.rows.add(r.toStrings(cs));
                s.lines.add(r.line());
                return true;
            }, ProgressListener.ignoring(), cancel);
            return s;
        }

        int width() {
            Map<Integer, Integer> counts = new HashMap<>();
            rows.forEach(r -> counts.merge(r.length, 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
        }

        List<String> problems(RecordSource source) {
            List<String> problems = new ArrayList<>();
            if (header == null && rows.isEmpty()) {
                problems.add(source.name() + " has no rows");
                return problems;
            }
            if (rows.isEmpty()) {
                problems.add(source.name() + " has a header row but no data rows");
            }
            int width = header != null ? header.length : width();
            int ragged = 0;
            String first = null;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).length != width) {
                    ragged++;
                    if (first == null) {
                        first = source.location(lines.get(i)) + " has " + rows.get(i).length;
                    }
                }
            }
            if (ragged > 0) {
                problems.add(String.format(Locale.ROOT, "%,d sampled row(s) do not have %d fields (%s): fix them"
                        + " or choose to skip ragged rows", ragged, width, first));
            }
            return problems;
        }

        List<String[]> withMissing(MissingMarkers markers, Charset cs, List<String> evidence, List<String> names) {
            Map<String, Integer> found = new LinkedHashMap<>();
            List<String[]> result = new ArrayList<>(rows.size());
            for (String[] row : rows) {
                if (row.length != names.size()) {
                    continue;
                }
                String[] copy = row.clone();
                for (int c = 0; c < copy.length; c++) {
                    if (copy[c] != null && markers.isMissing(copy[c], cs)) {
                        found.merge(copy[c].strip(), 1, Integer::sum);
                        copy[c] = null;
                    }
                }
                result.add(copy);
            }
            found.forEach((m, n) -> evidence.add(String.format(Locale.ROOT, "missing marker '%s' found %,d time(s)",
                    m, n)));
            return result;
        }
    }
}
