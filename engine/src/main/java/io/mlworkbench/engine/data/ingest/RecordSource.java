package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.nio.charset.Charset;

/**
 * Where records come from: a delimited text file, a spreadsheet sheet, a query, an exported dataset. A source
 * can be read more than once (each {@link #read} starts from the beginning); blank lines and configured junk
 * lines are already skipped; the header, if any, is the first record.
 */
public interface RecordSource {

    /** @return the source as a user names it, for messages, e.g. the file name */
    String name();

    /** @return how the records' bytes are encoded */
    Charset charset();

    /**
     * @param line a record's {@link RawRecord#line()}
     * @return where that is, for messages, e.g. {@code adult.test:12} or {@code book.xlsx [Sheet1] row 12}
     */
    String location(long line);

    /**
     * Reads records from the start until the end or until the sink says stop.
     *
     * @param sink receives each record
     * @param progress told how far reading got, once per buffer
     * @param cancel checked once per buffer
     */
    void read(RecordSink sink, ProgressListener progress, CancellationToken cancel);

    /** Checks after a complete read that the source did not change while it was read; files override this. */
    default void checkUnchanged() {
    }
}
