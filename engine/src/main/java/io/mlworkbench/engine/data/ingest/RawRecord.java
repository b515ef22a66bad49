package io.mlworkbench.engine.data.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One record as a source delivers it: its fields as byte ranges of {@link #data()}, which fields are null (an
 * SQL NULL or empty spreadsheet cell), and the line (or row) where it starts. The bytes are either the record's
 * own buffer or, for a record a tokenizer found whole in its read buffer, that buffer (no copy). Reused from
 * record to record; copy what you keep.
 */
public final class RawRecord {

    private byte[] own = new byte[1 << 12];
    private byte[] data = own;
    private int size;
    private int fieldStart;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] nulls = new boolean[64];
    private int count;
    private long line;
    private boolean quoted;

    /** Empties the record. */
    public void clear() {
        data = own;
        size = 0;
        fieldStart = 0;
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

    /** @return the bytes the fields are ranges of */
    public byte[] data() {
        return data;
    }

    /**
     * @param field 0-based field index
     * @return where its bytes start in {@link #data()}
     */
    public int start(int field) {
        return starts[field];
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

    /** @return the total length of the fields' bytes */
    public int size() {
        return data == own ? size : count == 0 ? 0 : ends[count - 1] - starts[0];
    }

    /**
     * @param field 0-based field index
     * @param charset the source's encoding
     * @return the field as text, or null when it is null
     */
    public String text(int field, Charset charset) {
        return nulls[field] ? null : new String(data, starts[field], ends[field] - starts[field], charset);
    }

    /**
     * Appends a byte to the field being read into the record's own buffer.
     *
     * @param b the byte
     */
    public void append(byte b) {
        if (size == own.length) {
            grow(size + 1);
        }
        own[size++] = b;
    }

    /**
     * Appends bytes to the field being read into the record's own buffer.
     *
     * @param src the bytes
     * @param off where they start
     * @param len how many
     */
    public void append(byte[] src, int off, int len) {
        if (size + len > own.length) {
            grow(size + len);
        }
        System.arraycopy(src, off, own, size, len);
        size += len;
    }

    /** @return the length of the field being read so far */
    public int currentFieldLength() {
        return size - fieldStart;
    }

    /** Ends the field being read into the record's own buffer. */
    public void endField() {
        add(fieldStart, size, false);
        fieldStart = size;
    }

    /**
     * Adds a field that is a range of a buffer the caller keeps unchanged until the record is used; every
     * field of the record must come from that same buffer.
     *
     * @param src the buffer
     * @param from where the field starts
     * @param to where it ends (exclusive)
     */
    public void addSlice(byte[] src, int from, int to) {
        data = src;
        add(from, to, false);
    }

    /**
     * Appends a whole field.
     *
     * @param value its text, or null for a null field
     */
    public void addField(String value) {
        if (value == null) {
            add(size, size, true);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        append(bytes, 0, bytes.length);
        endField();
    }

    /**
     * Makes this record a view of fields kept elsewhere (a block of records read ahead).
     *
     * @param bytes the bytes the fields are ranges of
     * @param fieldStarts where each field starts
     * @param fieldEnds where each field ends
     * @param fieldNulls which fields are null
     * @param first the index of this record's first field in the three arrays
     * @param fields how many fields it has
     * @param startLine the line where it starts
     */
    void load(byte[] bytes, int[] fieldStarts, int[] fieldEnds, boolean[] fieldNulls, int first, int fields,
              long startLine) {
        if (fields > ends.length) {
            int cap = Math.max(fields, ends.length * 2);
            starts = new int[cap];
            ends = new int[cap];
            nulls = new boolean[cap];
        }
        System.arraycopy(fieldStarts, first, starts, 0, fields);
        System.arraycopy(fieldEnds, first, ends, 0, fields);
        System.arraycopy(fieldNulls, first, nulls, 0, fields);
        data = bytes;
        count = fields;
        line = startLine;
        size = 0;
        fieldStart = 0;
        quoted = false;
    }

    private void add(int from, int to, boolean isNull) {
        if (count == ends.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            nulls = Arrays.copyOf(nulls, count * 2);
        }
        starts[count] = from;
        nulls[count] = isNull;
        ends[count++] = to;
    }

    private void grow(int needed) {
        own = Arrays.copyOf(own, Math.max(needed, own.length * 2));
        data = own;
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
