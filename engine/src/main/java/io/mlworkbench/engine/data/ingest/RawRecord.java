package io.mlworkbench.engine.data.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One record as a source delivers it: its fields' bytes back to back, where each field ends, which fields are
 * null (an SQL NULL or empty spreadsheet cell), and the line (or row) where it starts. Reused from record to
 * record; copy what you keep.
 */
public final class RawRecord {

    private byte[] data = new byte[1 << 12];
    private int size;
    private int[] ends = new int[64];
    private boolean[] nulls = new boolean[64];
    private int count;
    private long line;
    private boolean quoted;

    /** Empties the record. */
    public void clear() {
        size = 0;
        count = 0;
        quoted = false;
    }

    /** @return the number of fields */
    public int fieldCount() {
        return count;
    }

    /** @return the 1-based line (or row) where the record starts */
    public long line() {
        return line;
    }

    /** @param startLine the 1-based line (or row) where the record starts */
    public void setLine(long startLine) {
        this.line = startLine;
    }

    /** @return the bytes of all fields; a field spans {@link #start} to {@link #end} */
    public byte[] data() {
        return data;
    }

    /**
     * @param field 0-based field index
     * @return where its bytes start in {@link #data()}
     */
    public int start(int field) {
        return field == 0 ? 0 : ends[field - 1];
    }

    /**
     * @param field 0-based field index
     * @return where its bytes end (exclusive)
     */
    public int end(int field) {
        return ends[field];
    }

    /**
     * @param field 0-based field index
     * @return true when the source said the value is absent (SQL NULL, empty cell)
     */
    public boolean isNull(int field) {
        return nulls[field];
    }

    /** @return true when some field was quoted (so an empty line with {@code ""} is not blank) */
    public boolean hasQuotedField() {
        return quoted;
    }

    /** Notes that the field being read is quoted. */
    public void markQuoted() {
        quoted = true;
    }

    /**
     * @param field 0-based field index
     * @param charset the source's encoding
     * @return the field as text, or null when it is null
     */
    public String text(int field, Charset charset) {
        return nulls[field] ? null : new String(data, start(field), ends[field] - start(field), charset);
    }

    /** @return the number of bytes held */
    public int size() {
        return size;
    }

    /**
     * Appends a byte to the field being read.
     *
     * @param b the byte
     */
    public void append(byte b) {
        if (size == data.length) {
            grow(size + 1);
        }
        data[size++] = b;
    }

    /** @return the length of the field being read so far */
    public int currentFieldLength() {
        return size - (count == 0 ? 0 : ends[count - 1]);
    }

    /** Ends the field being read. */
    public void endField() {
        endField(false);
    }

    private void endField(boolean isNull) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            nulls = Arrays.copyOf(nulls, count * 2);
        }
        nulls[count] = isNull;
        ends[count++] = size;
    }

    /**
     * Appends a whole field.
     *
     * @param value its text, or null for a null field
     */
    public void addField(String value) {
        if (value == null) {
            endField(true);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (size + bytes.length > data.length) {
            grow(size + bytes.length);
        }
        System.arraycopy(bytes, 0, data, size, bytes.length);
        size += bytes.length;
        endField(false);
    }

    private void grow(int needed) {
        data = Arrays.copyOf(data, Math.max(needed, data.length * 2));
    }

    /**
     * @param charset the source's encoding
     * @return every field as text (null for null fields)
     */
    public String[] toStrings(Charset charset) {
        String[] result = new String[count];
        for (int i = 0; i < count; i++) {
            result[i] = text(i, charset);
        }
        return result;
    }
}
