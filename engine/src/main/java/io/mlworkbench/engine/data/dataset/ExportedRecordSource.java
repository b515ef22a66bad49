package io.mlworkbench.engine.data.dataset;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.columnar.ColumnarReader;
import io.mlworkbench.engine.data.csv.FileSnapshot;
import io.mlworkbench.engine.data.ingest.ColumnSpec;
import io.mlworkbench.engine.data.ingest.DateTimeFormats;
import io.mlworkbench.engine.data.ingest.RawRecord;
import io.mlworkbench.engine.data.ingest.RecordSink;
import io.mlworkbench.engine.data.ingest.RecordSource;
import io.mlworkbench.engine.data.ingest.SourceReadException;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A dataset exported by the workbench (the columnar format with its schema in the header), read back as
 * records so that it goes through the same verification and hashing as any import: importing an export of a
 * version into the same dataset finds that version again.
 */
final class ExportedRecordSource implements RecordSource {

    private final Path file;
    private final String name;
    private final FileSnapshot snapshot;
    private final DatasetSchema schema;

    ExportedRecordSource(Path file) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.snapshot = FileSnapshot.of(file);
        try (ColumnarReader reader = new ColumnarReader(Files.newInputStream(file))) {
            this.schema = reader.schema();
        } catch (IOException e) {
            throw new SourceReadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the stored schema as column specs; date-times are read back as ISO instants */
    List<ColumnSpec> columns() {
        return schema.columns().stream().map(c -> new ColumnSpec(c.name(), c.type(), c.role(),
                c.type() == ColumnType.DATETIME ? DateTimeFormats.ISO_INSTANT : null, false)).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    public String location(long line) {
        return name + " row " + line;
    }

    @Override
    public void read(RecordSink sink, ProgressListener progress, CancellationToken cancel) {
        try (ColumnarReader reader = new ColumnarReader(Files.newInputStream(file))) {
            RawRecord record = new RawRecord();
            long row = 0;
            Optional<Table> batch;
            while ((batch = reader.next()).isPresent()) {
                cancel.throwIfCancelled("reading the exported dataset");
                progress.progress(reader.rowsRead(), reader.rowCount(), "Reading " + name);
                Table t = batch.get();
                for (int r = 0; r < t.rowCount(); r++) {
                    record.clear();
                    record.setLine(++row);
                    for (Column c : t.columns()) {
                        record.addField(text(c, r));
                    }
                    if (!sink.accept(record)) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            throw new SourceReadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(Column c, int row) {
        if (c.isMissing(row)) {
            return null;
        }
        if (!(c instanceof NumericColumn n)) {
            return c.format(row);
        }
        double v = n.get(row);
        ColumnSchema s = c.schema();
        return switch (s.type()) {
            case INTEGER -> Long.toString((long) v);
            case BOOLEAN -> v != 0 ? "true" : "false";
            case DATETIME -> Instant.ofEpochMilli((long) v).toString();
            default -> Double.toString(v);
        };
    }

    @Override
    public void checkUnchanged() {
        snapshot.checkUnchanged();
    }
}
