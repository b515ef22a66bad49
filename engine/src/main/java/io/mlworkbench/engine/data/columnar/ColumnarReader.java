package io.mlworkbench.engine.data.columnar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.DatasetSchemaJson;
import io.mlworkbench.engine.data.Table;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a columnar file one row group at a time. Memory use is one row group, whatever the file's size.
 * Close it to release the underlying stream.
 */
public final class ColumnarReader implements AutoCloseable {

    private static final int MAX_HEADER_BYTES = 64 << 20;

    private final InputStream in;
    private final DatasetSchema schema;
    private final long rowCount;
    private long rowsRead;
    private int groupsRead;
    private boolean ended;

    /**
     * Reads the header.
     *
     * @param stream the file's bytes from the start; closed by {@link #close()}
     */
    public ColumnarReader(InputStream stream) {
        this.in = stream instanceof BufferedInputStream ? stream : new BufferedInputStream(stream, 1 << 16);
        try {
            byte[] magic = in.readNBytes(ColumnarFormat.MAGIC.length);
            if (!Arrays.equals(magic, ColumnarFormat.MAGIC)) {
                throw new CorruptDataException("not an MLOps Workbench dataset file (it does not start with MLWBCOL1)");
            }
            long len = readVarint();
            if (len < 0 || len > MAX_HEADER_BYTES) {
                throw new CorruptDataException("header length " + len + " is out of range");
            }
            JsonNode header = new ObjectMapper().readTree(new String(readFully((int) len), StandardCharsets.UTF_8));
            if (header.path("format").asInt() != ColumnarFormat.FORMAT_VERSION) {
                throw new CorruptDataException("format version " + header.path("format").asText()
                        + " is not supported (this build reads version " + ColumnarFormat.FORMAT_VERSION + ")");
            }
            schema = DatasetSchemaJson.fromTree(header);
            rowCount = header.path("rows").asLong(-1);
        } catch (IOException e) {
            throw new CorruptDataException("cannot read the header (" + e.getMessage() + ")");
        }
    }

    /** @return the columns */
    public DatasetSchema schema() {
        return schema;
    }

    /** @return the rows the file holds, as its header says */
    public long rowCount() {
        return rowCount;
    }

    /** @return the rows returned so far */
    public long rowsRead() {
        return rowsRead;
    }

    /**
     * Reads the next row group.
     *
     * @return its rows as a table, or empty after the last group
     */
    public Optional<Table> next() {
        if (ended) {
            return Optional.empty();
        }
        try {
            int mark = in.read();
            if (mark == ColumnarFormat.END_MARK) {
                ended = true;
                if (rowsRead != rowCount) {
                    throw new CorruptDataException("the header promises " + rowCount + " rows but " + rowsRead
                            + " are stored");
                }
                return Optional.empty();
            }
            if (mark != ColumnarFormat.GROUP_MARK) {
                throw new CorruptDataException(mark < 0 ? "truncated after row group " + groupsRead
                        : "bad row group mark after row group " + groupsRead);
            }
            int rows = (int) readVarint();
            int columns = (int) readVarint();
            if (columns != schema.size() || rows <= 0) {
                throw new CorruptDataException("row group " + (groupsRead + 1) + " has " + columns
                        + " columns and " + rows + " rows; the schema has " + schema.size() + " columns");
            }
            List<Column> result = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                int encoding = in.read();
                long len = readVarint();
                if (encoding < 0 || len < 0 || len > Integer.MAX_VALUE - 16) {
                    throw new CorruptDataException("bad chunk in row group " + (groupsRead + 1) + ", column " + (c + 1));
                }
                result.add(ColumnChunkCodec.decode(schema.column(c), rows, (byte) encoding, readFully((int) len)));
            }
            groupsRead++;
            rowsRead += rows;
            return Optional.of(new Table(schema, result));
        } catch (IOException e) {
            throw new CorruptDataException("cannot read row group " + (groupsRead + 1) + " (" + e.getMessage() + ")");
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new CorruptDataException("row group " + (groupsRead + 1) + " is truncated or damaged");
        }
    }

    private byte[] readFully(int len) throws IOException {
        byte[] b = in.readNBytes(len);
        if (b.length != len) {
            throw new CorruptDataException("truncated: expected " + len + " more bytes, found " + b.length);
        }
        return b;
    }

    private long readVarint() throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new CorruptDataException("truncated in row group " + (groupsRead + 1));
            }
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new CorruptDataException("bad number in row group " + (groupsRead + 1));
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new CorruptDataException("cannot close (" + e.getMessage() + ")");
        }
    }
}
