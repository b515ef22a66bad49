package io.mlworkbench.engine.data.columnar;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlworkbench.engine.data.DatasetSchemaJson;
import io.mlworkbench.engine.data.DatasetSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes row groups of the columnar format. The body (row groups and end mark) is written while importing,
 * before the final schema is known; {@link #header} makes the header that goes in front of it once it is.
 * Not thread-safe.
 */
public final class ColumnarWriter {

    private final OutputStream out;
    private final GrowableBytes chunk = new GrowableBytes(1 << 16);
    private final GrowableBytes group = new GrowableBytes(1 << 20);
    private long rows;
    private long bytes;

    /** @param out where the body goes; buffered by the caller, not closed here */
    public ColumnarWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * Writes a full or final batch as one row group. Does nothing for an empty batch.
     *
     * @param batch the rows; unchanged
     */
    public void writeGroup(ColumnBatch batch) {
        int n = batch.rows();
        if (n == 0) {
            return;
        }
        group.clear();
        group.write(ColumnarFormat.GROUP_MARK);
        group.writeVarint(n);
        group.writeVarint(batch.columnCount());
        try {
            out.write(group.array(), 0, group.size());
            bytes += group.size();
            for (int c = 0; c < batch.columnCount(); c++) {
                chunk.clear();
                byte encoding = batch.isNumeric(c)
                        ? ColumnChunkCodec.encodeNumbers(batch.numbers(c), n, chunk)
                        : ColumnChunkCodec.encodeLabels(batch.codes(c), n, batch.dictionary(c), chunk);
                group.clear();
                group.write(encoding);
                group.writeVarint(chunk.size());
                group.writeTo(out);
                chunk.writeTo(out);
                bytes += group.size() + chunk.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write dataset data: " + e.getMessage(), e);
        }
        rows += n;
    }

    /** Writes the end mark; the writer must not be used afterwards. */
    public void finish() {
        try {
            out.write(ColumnarFormat.END_MARK);
            bytes++;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write dataset data: " + e.getMessage(), e);
        }
    }

    /** @return rows written so far */
    public long rows() {
        return rows;
    }

    /** @return body bytes written so far */
    public long bytes() {
        return bytes;
    }

    /**
     * Makes the header that precedes a body.
     *
     * @param schema the final schema of the rows
     * @param rowCount how many rows the body holds
     * @return the header bytes
     */
    public static byte[] header(DatasetSchema schema, long rowCount) {
        ObjectNode json = DatasetSchemaJson.toTree(schema);
        json.put("format", ColumnarFormat.FORMAT_VERSION);
        json.put("rows", rowCount);
        byte[] text = json.toString().getBytes(StandardCharsets.UTF_8);
        GrowableBytes h = new GrowableBytes(text.length + 16);
        h.write(ColumnarFormat.MAGIC, 0, ColumnarFormat.MAGIC.length);
        h.writeVarint(text.length);
        h.write(text, 0, text.length);
        return java.util.Arrays.copyOf(h.array(), h.size());
    }
}
