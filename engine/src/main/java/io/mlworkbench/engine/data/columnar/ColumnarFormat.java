package io.mlworkbench.engine.data.columnar;

import java.nio.charset.StandardCharsets;

/** The constants of the columnar format, shared by writer and reader. */
public final class ColumnarFormat {

    /** The first eight bytes of every file. */
    static final byte[] MAGIC = "MLWBCOL1".getBytes(StandardCharsets.US_ASCII);
    /** The media type under which the registry stores these files. */
    public static final String MEDIA_TYPE = "application/x-mlwb-columnar";
    /** The file name extension of an exported dataset. */
    public static final String FILE_EXTENSION = ".mlwb";
    /** The format version written in the header. */
    static final int FORMAT_VERSION = 1;
    /** The most rows in one row group. */
    public static final int MAX_GROUP_ROWS = 65_536;
    /** Roughly how many cells a row group holds at most, so that wide tables get short groups. */
    static final int MAX_GROUP_CELLS = 1 << 21;

    static final byte GROUP_MARK = 'G';
    static final byte END_MARK = 'E';

    static final byte ALL_MISSING = 0;
    static final byte RAW_DOUBLES = 1;
    static final byte SCALED_PACKED = 2;
    static final byte DICTIONARY = 3;

    private ColumnarFormat() {
    }

    /**
     * @param columnCount the table's width
     * @return how many rows a row group of a table that wide holds
     */
    public static int groupRows(int columnCount) {
        return Math.max(64, Math.min(MAX_GROUP_ROWS, MAX_GROUP_CELLS / Math.max(1, columnCount)));
    }
}
