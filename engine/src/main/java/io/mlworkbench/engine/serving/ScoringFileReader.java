package io.mlworkbench.engine.serving;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.DatasetService;
import io.mlworkbench.engine.data.dataset.ImportSource;
import io.mlworkbench.engine.data.ingest.ColumnSpec;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a file of rows to score (CSV and the other formats the import reads) with the import engine, storing no
 * dataset version. The dialect is sniffed; each column the model reads is read with the model's kind of type
 * (numbers as numbers, labels as labels), so a value of the wrong kind fails naming the file, line and column.
 */
public final class ScoringFileReader {

    private final DatasetService datasets;

    /** @param datasets the import engine */
    public ScoringFileReader(DatasetService datasets) {
        this.datasets = datasets;
    }

    /**
     * @param file the rows, with a header naming the columns
     * @param model the model the rows are for
     * @param progress told how far reading got
     * @param cancel checked while reading
     * @return every row of the file, all its columns
     * @throws ScoringInputException when the file lacks a column the model reads
     * @throws io.mlworkbench.engine.data.ingest.ImportException when the file cannot be read as rows or a value
     *     does not fit its column
     */
    public Table read(Path file, LoadedModel model, ProgressListener progress, CancellationToken cancel) {
        return read(file, List.of(), model, progress, cancel);
    }

    /**
     * @param file the rows
     * @param columnNames names for the file's columns in order (for a file without a header row, such as Adult's
     *     {@code adult.data}); empty to use the names the file's header gives
     * @param model the model the rows are for
     * @param progress told how far reading got
     * @param cancel checked while reading
     * @return every row of the file, all its columns
     * @throws ScoringInputException when the file lacks a column the model reads
     * @throws io.mlworkbench.engine.WorkbenchException when the number of names differs from the file's columns
     */
    public Table read(Path file, List<String> columnNames, LoadedModel model, ProgressListener progress,
                      CancellationToken cancel) {
        ImportSource source = ImportSource.ofFile(file);
        ImportOptions options = datasets.preview(source, ImportOptions.defaults(), 0, cancel).options();
        if (!columnNames.isEmpty()) {
            options = options.withColumnNames(columnNames);
        }
        List<String> names = options.columns().stream().map(ColumnSpec::name).toList();
        List<String> absent = model.inputSchema().names().stream().filter(n -> !names.contains(n)).toList();
        if (!absent.isEmpty()) {
            throw new ScoringInputException(0, absent.get(0), file.getFileName() + " lacks column"
                    + (absent.size() > 1 ? "s " : " ") + absent.stream().map(n -> "'" + n + "'")
                    .collect(Collectors.joining(", ")) + " that " + model.version().uri() + " needs; expected columns "
                    + ScoringInput.describe(model.inputSchema()) + ", got " + names, null);
        }
        for (ColumnSchema wanted : model.inputSchema().columns()) {
            Optional<ColumnType> type = typeFor(wanted, options.columns().get(names.indexOf(wanted.name())).type());
            if (type.isPresent()) {
                options = options.withColumnType(wanted.name(), type.get());
            }
        }
        return datasets.readTable(source, options, progress, cancel);
    }

    /**
     * The type to read a column as, when the inferred one is of the wrong kind: quantities as DECIMAL, labels as
     * CATEGORICAL. Booleans and date/times written as text are left to the scorer, which reads them per row.
     */
    private static Optional<ColumnType> typeFor(ColumnSchema wanted, ColumnType inferred) {
        if (wanted.type().isNumericStorage()) {
            return !inferred.isNumericStorage() && wanted.type().isQuantitative() ? Optional.of(ColumnType.DECIMAL)
                    : Optional.empty();
        }
        return inferred.isNumericStorage() ? Optional.of(ColumnType.CATEGORICAL) : Optional.empty();
    }
}
