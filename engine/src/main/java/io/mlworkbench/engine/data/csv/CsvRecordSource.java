package io.mlworkbench.engine.data.csv;

import io.mlworkbench.engine.data.ingest.CsvDialect;
import io.mlworkbench.engine.data.ingest.EmptySourceException;
import io.mlworkbench.engine.data.ingest.RawRecord;
import io.mlworkbench.engine.data.ingest.RecordSink;
import io.mlworkbench.engine.data.ingest.RecordSource;
import io.mlworkbench.engine.data.ingest.SourceReadException;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A delimited text file read with a given dialect, skipping a byte-order mark and junk lines. Checks after
 * reading that the file did not change meanwhile.
 */
public final class CsvRecordSource implements RecordSource {

    private final Path file;
    private final String name;
    private final CsvDialect dialect;
    private final int skipLines;
    private final boolean transcode;
    private final FileSnapshot snapshot;

    /**
     * @param file the file
     * @param dialect how it is written
     * @param skipLines junk lines before the header or first row
     */
    public CsvRecordSource(Path file, CsvDialect dialect, int skipLines) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.dialect = dialect;
        this.skipLines = skipLines;
        Charset cs = dialect.charset();
        this.transcode = !isAsciiCompatible(cs);
        this.snapshot = FileSnapshot.of(file);
        if (snapshot.size() == 0) {
            throw new EmptySourceException(name, "is empty (0 bytes)");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Charset charset() {
        return transcode ? StandardCharsets.UTF_8 : dialect.charset();
    }

    @Override
    public String location(long line) {
        return name + ":" + line;
    }

    @Override
    public void read(RecordSink sink, ProgressListener progress, CancellationToken cancel) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(4);
            byte[] first = raw.readNBytes(4);
            raw.reset();
            raw.skipNBytes(EncodingSniffer.bomLength(first, dialect.charset()));
            InputStream in = transcode ? new Utf8TranscodingInputStream(raw, dialect.charset()) : raw;
            CsvDialect tokenized = transcode ? dialect.withEncoding("UTF-8") : dialect;
            long total = snapshot.size();
            CsvTokenizer[] holder = new CsvTokenizer[1];
            CsvTokenizer tokenizer = new CsvTokenizer(in, name, tokenized, () -> {
                cancel.throwIfCancelled("reading the file");
                progress.progress(Math.min(total, holder[0] == null ? 0 : holder[0].bytesRead()), total,
                        "Reading " + name);
            });
            holder[0] = tokenizer;
            tokenizer.skipLines(skipLines);
            RawRecord rec = new RawRecord();
            while (tokenizer.next(rec)) {
                if (!sink.accept(rec)) {
                    return;
                }
            }
            progress.progress(total, total, "Read " + name);
        } catch (NoSuchFileException e) {
            throw new SourceReadException("File not found: " + file + " (it disappeared)", e);
        } catch (IOException e) {
            throw new SourceReadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void checkUnchanged() {
        snapshot.checkUnchanged();
    }

    /** @return the dialect the file is read with */
    public CsvDialect dialect() {
        return dialect;
    }

    static boolean isAsciiCompatible(Charset cs) {
        byte[] probe = "a,;\t|\"\r\n".getBytes(cs);
        return probe.length == 8 && new String(probe, StandardCharsets.US_ASCII).equals("a,;\t|\"\r\n");
    }
}
