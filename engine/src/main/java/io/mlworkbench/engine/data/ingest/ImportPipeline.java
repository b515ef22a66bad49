package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.columnar.ColumnBatch;
import io.mlworkbench.engine.data.columnar.ColumnarFormat;
import io.mlworkbench.engine.data.columnar.ColumnarWriter;
import io.mlworkbench.engine.data.columnar.ContentHasher;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams every record of a source through type verification into the body of a columnar file, hashing the
 * normalised rows on the way. Memory use is one row group. The options must be resolved: header decided and
 * one column spec per source column.
 */
public final class ImportPipeline {

    private static final int MAX_SKIPPED_LINES_KEPT = 20;

    private final RecordSource source;
    private final ImportOptions options;

    /**
     * @param source where the records come from
     * @param options resolved options: {@code header} set and {@code columns} filled in
     */
    public ImportPipeline(RecordSource source, ImportOptions options) {
        if (options.header() == null || options.columns().isEmpty()) {
            throw new IllegalArgumentException("options must be resolved (header and columns set) before importing");
        }
        this.source = source;
        this.options = options;
    }

    /**
     * Runs the import, restarting when a column must be widened from numbers to labels.
     *
     * @param bodyFile where to write the columnar body; overwritten
     * @param progress told how far reading got
     * @param cancel checked once per buffer and per row group
     * @return what was written
     */
    public ImportResultRows run(Path bodyFile, ProgressListener progress, CancellationToken cancel) {
        List<ColumnSpec> specs = new ArrayList<>(options.columns());
        ColumnNames.check(source.name(), specs);
        List<Widening> restartWidenings = new ArrayList<>();
        while (true) {
            try {
                Attempt attempt = new Attempt(specs, bodyFile, progress, cancel);
                ImportResultRows rows = attempt.run();
                List<Widening> all = new ArrayList<>(restartWidenings);
                all.addAll(rows.widenings());
                return new ImportResultRows(rows.schema(), rows.rowCount(), rows.contentHash(), rows.skippedRaggedRows(),
                        rows.skippedRaggedLines(), all, rows.bodyBytes());
            } catch (WidenRequired w) {
                Widening widening = w.widening();
                restartWidenings.add(widening);
                ColumnSpec old = specs.get(w.column());
                specs.set(w.column(), new ColumnSpec(old.name(), widening.to(), old.role(), null, old.normaliseLabel()));
                progress.progress(0, -1, "Column '" + old.name() + "' widened to " + widening.to() + " at "
                        + widening.location() + "; reading again");
            }
        }
    }

    /** One pass over the source with fixed column storage. */
    private final class Attempt {

        private final List<ColumnSpec> specs;
        private final Path bodyFile;
        private final ProgressListener progress;
        private final CancellationToken cancel;
        private final BatchDecoder decoder;
        private final boolean[] numeric;
        private ColumnBatch batch;
        private final ContentHasher hasher;
        private boolean headerPending;
        private long skipped;
        private final List<String> skippedLines = new ArrayList<>();

        Attempt(List<ColumnSpec> specs, Path bodyFile, ProgressListener progress, CancellationToken cancel) {
            this.specs = specs;
            this.bodyFile = bodyFile;
            this.progress = progress;
            this.cancel = cancel;
            numeric = new boolean[specs.size()];
            for (int c = 0; c < numeric.length; c++) {
                numeric[c] = specs.get(c).type().isNumericStorage();
            }
            decoder = new BatchDecoder(source, specs, new MissingMarkers(options.missingMarkers(), source.charset()),
                    options.onTypeMismatch());
            batch = newBatch();
            hasher = new ContentHasher(numeric);
            headerPending = options.header();
        }

        private ColumnBatch newBatch() {
            return new ColumnBatch(numeric, ColumnarFormat.groupRows(numeric.length), source.charset());
        }

        ImportResultRows run() {
            ColumnarWriter writer;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(bodyFile), 1 << 16)) {
                writer = new ColumnarWriter(out);
                try (RowGroupWriter groups = new RowGroupWriter(writer, hasher, newBatch());
                     ReadAhead ahead = new ReadAhead(source, progress, cancel)) {
                    RawRecord view = new RawRecord();
                    RecordBlock block;
                    while ((block = ahead.next()) != null) {
                        for (int i = 0; i < block.size(); i++) {
                            block.load(i, view);
                            accept(view, groups);
                        }
                        ahead.recycle(block);
                    }
                    flush(groups);
                    groups.finish();
                }
                writer.finish();
            } catch (IOException e) {
                throw new WorkbenchException("Could not write the import's scratch file " + bodyFile + ": "
                        + e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw new WorkbenchException("Could not write the import's scratch file " + bodyFile + ": "
                        + e.getCause().getMessage(), e);
            }
            if (writer.rows() == 0) {
                throw new EmptySourceException(source.name(), options.header()
                        ? "has a header row but no data rows" : "has no data rows");
            }
            source.checkUnchanged();
            List<ColumnSpec> finalSpecs = decoder.columns();
            DatasetSchema schema = new DatasetSchema(finalSpecs.stream().map(ColumnSpec::toSchema).toList());
            return new ImportResultRows(schema, writer.rows(), hasher.finish(schema), skipped, skippedLines,
                    decoder.widenings(), writer.bytes());
        }

        private void accept(RawRecord record, RowGroupWriter writer) {
            int expected = specs.size();
            if (headerPending) {
                headerPending = false;
                if (record.fieldCount() != expected) {
                    throw new ImportException(source.location(record.line()) + ": the header has "
                            + record.fieldCount() + " fields but " + expected + " columns are configured."
                            + " Check the delimiter, or preview again to get fresh column settings");
                }
                return;
            }
            if (record.fieldCount() != expected) {
                if (!options.skipRaggedRows()) {
                    throw new RaggedRowException(source.location(record.line()), expected, record.fieldCount());
                }
                skipped++;
                if (skippedLines.size() < MAX_SKIPPED_LINES_KEPT) {
                    skippedLines.add(source.location(record.line()));
                }
                return;
            }
            decoder.decode(record, batch);
            if (batch.isFull()) {
                flush(writer);
            }
        }

        private void flush(RowGroupWriter writer) {
            cancel.throwIfCancelled("the import");
            if (batch.rows() > 0) {
                batch = writer.submit(batch);
            }
        }
    }
}
