package io.mlworkbench.app.cli;

import io.mlworkbench.app.i18n.NumberText;
import io.mlworkbench.app.importing.DialectText;
import io.mlworkbench.app.importing.SampleDataset;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.dataset.ImportPreview;
import io.mlworkbench.engine.data.dataset.ImportRequest;
import io.mlworkbench.engine.data.dataset.ImportResult;
import io.mlworkbench.engine.data.dataset.ImportSource;
import io.mlworkbench.engine.data.ingest.CsvDialect;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.data.ingest.TypeMismatchPolicy;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.validation.TypeNames;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench import}: a file or a query becomes a new (or the existing identical) dataset version. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import a table as an immutable dataset version: CSV/TSV/any delimiter, Excel .xlsx, an"
                + " exported .mlwb dataset, or an SQL query.",
            "The dialect, header, junk lines and column types are sniffed; options override them.",
            "Importing identical content again links to the existing version."},
        footer = {"", "Examples:",
            "  workbench import adult.data --delimiter ', ' --no-header --names age,workclass,...,income"
                    + " --target income --normalise-labels income",
            "  workbench import bank-full.csv --delimiter ';' --target y --dataset bank",
            "  workbench import --jdbc-url jdbc:postgresql://localhost/shop --user me --password"
                    + " --query 'SELECT * FROM orders' --dataset orders"})
public final class ImportCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private WorkbenchCommand root;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Option(names = "--project", paramLabel = "NAME", defaultValue = "default",
            description = "The project (created when missing); default: ${DEFAULT-VALUE}.")
    private String project;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "The dataset (a new version when it exists); default: the file's name.")
    private String dataset;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field delimiter: , ; | TAB SPACE, or ', ' for a comma followed by spaces.")
    private String delimiter;

    @Option(names = "--quote", paramLabel = "CHAR", description = "Quote character, or 'none'.")
    private String quote;

    @Option(names = "--escape", paramLabel = "CHAR", description = "Escape character (e.g. \\), or 'none'.")
    private String escape;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "UTF-8, UTF-16LE, UTF-16BE, windows-1252, ISO-8859-1 ...")
    private String encoding;

    @Option(names = "--no-header", description = "The first row is data; columns are named col_1, col_2 ...")
    private boolean noHeader;

    @Option(names = "--header", description = "The first row holds the column names (default: detected).")
    private boolean header;

    @Option(names = "--skip-lines", paramLabel = "N", description = "Junk lines before the header (default: detected).")
    private Integer skipLines;

    @Option(names = "--na", paramLabel = "MARKER",
            description = "A further missing-value marker, e.g. '?' (repeatable; \"\", NA, N/A, null, ? are known).")
    private List<String> missingMarkers = List.of();

    @Option(names = "--names", paramLabel = "NAME,...", split = ",",
            description = "Name the columns, in order (e.g. for a file without header row).")
    private List<String> names = List.of();

    @Option(names = "--type", paramLabel = "COLUMN=TYPE",
            description = "Set a column's type: INTEGER, DECIMAL, BOOLEAN, CATEGORICAL, DATETIME, TEXT (repeatable).")
    private Map<String, String> types = new LinkedHashMap<>();

    @Option(names = "--role", paramLabel = "COLUMN=ROLE",
            description = "Set a column's role: FEATURE, TARGET, IDENTIFIER, IGNORE (repeatable).")
    private Map<String, String> roles = new LinkedHashMap<>();

    @Option(names = "--target", paramLabel = "COLUMN", description = "The column to predict (role TARGET).")
    private String target;

    @Option(names = "--normalise-labels", paramLabel = "COLUMN",
            description = "Trim and strip one trailing '.' from this column's labels (repeatable).")
    private List<String> normalised = List.of();

    @Option(names = "--skip-bad-rows", description = "Skip and count rows with the wrong number of fields.")
    private boolean skipBadRows;

    @Option(names = "--widen-types", description = "Widen a column's type when a later value does not fit it.")
    private boolean widenTypes;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The Excel sheet (default: the first).")
    private String sheet;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "Import the rows of --query from this database.")
    private String jdbcUrl;

    @Option(names = "--query", paramLabel = "SQL", description = "The SQL query to import (with --jdbc-url).")
    private String query;

    @Option(names = "--user", paramLabel = "USER", description = "The database user.")
    private String user;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "The database password; asked for when no value is given. Never stored.")
    private String password;

    /** @param context where to write */
    public ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ImportSource source = source();
        String name = dataset != null ? dataset : file != null ? SampleDataset.datasetNameOf(file) : "query";
        try (WorkspaceSession session = WorkspaceSession.open(root.workspaceDirectory())) {
            ImportOptions options = options(session, source);
            ImportResult result = session.datasets().importData(new ImportRequest(session.actor(), project, name,
                    source, options), new CliProgress(context.output()), CancellationToken.never());
            print(result);
        }
        return ExitCode.OK;
    }

    private ImportSource source() {
        if (jdbcUrl != null || query != null) {
            if (file != null || jdbcUrl == null || query == null) {
                throw new WorkbenchException("Give either FILE, or both --jdbc-url and --query (got "
                        + (file != null ? "FILE " + file + " and " : "") + (jdbcUrl == null ? "no --jdbc-url"
                        : "--jdbc-url") + ", " + (query == null ? "no --query" : "--query") + ")");
            }
            return new ImportSource.JdbcQuery(jdbcUrl, user, password, query);
        }
        if (file == null) {
            throw new WorkbenchException("Nothing to import: give a FILE, or --jdbc-url and --query");
        }
        return ImportSource.ofFile(file);
    }

    /** Sniffs what was not given, then applies the dialect overrides and the column settings. */
    private ImportOptions options(WorkspaceSession session, ImportSource source) {
        ImportOptions given = ImportOptions.defaults()
                .withHeader(noHeader ? Boolean.FALSE : header ? Boolean.TRUE : null)
                .withSkipLines(skipLines)
                .withSkipRaggedRows(skipBadRows)
                .withTypeMismatchPolicy(widenTypes ? TypeMismatchPolicy.WIDEN : TypeMismatchPolicy.FAIL)
                .withSheet(sheet);
        for (String marker : missingMarkers) {
            given = given.withMissingMarker(marker);
        }
        ImportPreview preview = session.datasets().preview(source, given, 0, CancellationToken.never());
        ImportOptions resolved = preview.options();
        if (source instanceof ImportSource.CsvFile && hasDialectOverride()) {
            preview = session.datasets().preview(source, resolved.withDialect(dialect(resolved.dialect()))
                    .withColumns(List.of()), 0, CancellationToken.never());
            resolved = preview.options();
        }
        return withColumnSettings(resolved);
    }

    private boolean hasDialectOverride() {
        return delimiter != null || quote != null || escape != null || encoding != null;
    }

    private CsvDialect dialect(CsvDialect sniffed) {
        CsvDialect dialect = sniffed;
        if (delimiter != null) {
            dialect = dialect.withDelimiter(DialectText.delimiterChar(delimiter))
                    .withTrimLeadingSpaces(DialectText.trimsLeadingSpaces(delimiter));
        }
        if (quote != null || escape != null) {
            dialect = dialect.withQuoting(quote != null ? DialectText.optionalChar(quote) : dialect.quote(),
                    escape != null ? DialectText.optionalChar(escape) : dialect.escape());
        }
        return encoding != null ? dialect.withEncoding(encoding) : dialect;
    }

    private ImportOptions withColumnSettings(ImportOptions resolved) {
        ImportOptions options = names.isEmpty() ? resolved
                : resolved.withColumnNames(names.stream().map(String::strip).toList());
        for (Map.Entry<String, String> type : types.entrySet()) {
            ColumnType columnType = TypeNames.parse(type.getValue()).orElseThrow(() -> new WorkbenchException(
                    "--type " + type.getKey() + "=" + type.getValue() + ": unknown type; expected one of "
                            + TypeNames.names()));
            options = columnType == ColumnType.DATETIME
                    ? options.withColumn(type.getKey(), c -> c.withDateTime(c.dateTimeFormat() != null
                            ? c.dateTimeFormat() : "yyyy-MM-dd"))
                    : options.withColumnType(type.getKey(), columnType);
        }
        for (Map.Entry<String, String> role : roles.entrySet()) {
            options = options.withColumnRole(role.getKey(), role(role.getKey(), role.getValue()));
        }
        if (target != null) {
            options = options.withColumnRole(target, ColumnRole.TARGET);
        }
        for (String column : normalised) {
            options = options.withColumn(column, c -> c.withNormaliseLabel(true));
        }
        return options;
    }

    private static ColumnRole role(String column, String text) {
        try {
            return ColumnRole.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException("--role " + column + "=" + text + ": unknown role; expected one of "
                    + List.of(ColumnRole.values()), e);
        }
    }

    private void print(ImportResult result) {
        CliOutput out = context.output();
        DatasetVersion v = result.version();
        if (result.alreadyImported()) {
            out.line("Already imported: " + v.uri() + " has identical content; nothing new was stored");
        } else if (result.diff().isPresent()) {
            var diff = result.diff().get();
            out.line("Imported " + v.uri() + ": new version " + v.versionNo() + " of dataset " + v.datasetName()
                    + ", +" + NumberText.count(diff.rowsAdded()) + " / -" + NumberText.count(diff.rowsRemoved())
                    + " rows");
            if (!diff.schemaChanges().isEmpty()) {
                out.line("Schema changes: " + diff.schemaChanges().stream()
                        .map(c -> c.column() + " " + c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + (c.from() == null ? "" : " " + c.from() + " -> " + c.to()))
                        .collect(Collectors.joining(", ")));
            }
        } else {
            out.line("Imported " + v.uri() + ": version " + v.versionNo() + " of a new dataset");
        }
        out.line(String.format(Locale.ROOT, "%-9s %d", "Version:", v.versionNo()));
        out.line(String.format(Locale.ROOT, "%-9s %s", "Hash:", v.contentHash()));
        out.line(String.format(Locale.ROOT, "%-9s %s", "Rows:", NumberText.count(v.rowCount())));
        out.line(String.format(Locale.ROOT, "%-9s %d", "Columns:", v.columnCount()));
        for (ColumnSchema column : v.schema().columns()) {
            out.line(String.format(Locale.ROOT, "  %-24s %-12s %s", column.name(), column.type(),
                    column.role() == ColumnRole.FEATURE ? "" : column.role()));
        }
        if (result.skippedRaggedRows() > 0) {
            out.line("Skipped " + NumberText.count(result.skippedRaggedRows()) + " ragged rows, first at "
                    + String.join(", ", result.skippedRaggedLines()));
        }
        result.widenings().forEach(w -> out.line("Widened " + w.column() + " from " + w.from() + " to " + w.to()
                + " at " + w.location() + " (value '" + w.value() + "')"));
    }
}
