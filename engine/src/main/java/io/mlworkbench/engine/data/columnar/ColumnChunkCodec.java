package io.mlworkbench.engine.data.columnar;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes one column of one row group into a chunk and back. The encoding is a pure function of the values,
 * so equal data gives equal bytes.
 */
final class ColumnChunkCodec {

    private static final int MAX_SCALE = 9;
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final double EXACT_LIMIT = 0x1p53;

    private ColumnChunkCodec() {
    }

    private static final ThreadLocal<long[][]> SCRATCH = ThreadLocal.withInitial(() -> new long[1][0]);

    /** A reusable per-thread array of at least n longs, for encoding. */
    private static long[] scratch(int n) {
        long[][] holder = SCRATCH.get();
        if (holder[0].length < n) {
            holder[0] = new long[Math.max(n, ColumnarFormat.MAX_GROUP_ROWS)];
        }
        return holder[0];
    }

    /** Appends the payload of a numeric chunk and returns its encoding; scaling turns -0.0 into 0.0. */
    static byte encodeNumbers(double[] values, int n, GrowableBytes out) {
        int present = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(values[i])) {
                present++;
            }
        }
        if (present == 0) {
            return ColumnarFormat.ALL_MISSING;
        }
        long[] scaled = scratch(present);
        int scale = chooseScale(values, n, scaled);
        if (scale < 0) {
            out.ensure(n * 8);
            for (int i = 0; i < n; i++) {
                out.writeLongLittleEndian(Double.doubleToRawLongBits(values[i]));
            }
            return ColumnarFormat.RAW_DOUBLES;
        }
        out.write(scale);
        boolean hasMissing = present < n;
        out.write(hasMissing ? 1 : 0);
        if (hasMissing) {
            writeBitmap(values, n, out);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < present; i++) {
            min = Math.min(min, scaled[i]);
            max = Math.max(max, scaled[i]);
        }
        for (int i = 0; i < present; i++) {
            scaled[i] -= min;
        }
        int width = 64 - Long.numberOfLeadingZeros(max - min);
        out.writeVarint(GrowableBytes.zigzag(min));
        out.write(width);
        out.writePacked(scaled, present, width);
        return ColumnarFormat.SCALED_PACKED;
    }

    /** Finds the fewest decimals that hold every value exactly, filling {@code scaled} with the scaled values. */
    private static int chooseScale(double[] values, int n, long[] scaled) {
        scales:
        for (int s = 0; s <= MAX_SCALE; s++) {
            double p = POW10[s];
            int k = 0;
            for (int i = 0; i < n; i++) {
                double v = values[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                double x = v * p;
                if (!(Math.abs(x) < EXACT_LIMIT)) {
                    return -1;
                }
                long m = Math.round(x);
                if ((s == 0 ? (double) m : m / p) != v) {
                    continue scales;
                }
                scaled[k++] = m;
            }
            return s;
        }
        return -1;
    }

    private static void writeBitmap(double[] values, int n, GrowableBytes out) {
        int bits = 0;
        int filled = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(values[i])) {
                bits |= 1 << filled;
            }
            if (++filled == 8) {
                out.write(bits);
                bits = 0;
                filled = 0;
            }
        }
        if (filled > 0) {
            out.write(bits);
        }
    }

    /** Appends the payload of a label chunk: the dictionary, then bit-packed codes (0 = missing). */
    static byte encodeLabels(int[] codes, int n, ByteDictionary dictionary, GrowableBytes out) {
        int size = dictionary.size();
        out.writeVarint(size);
        for (int c = 0; c < size; c++) {
            byte[] label = dictionary.utf8(c);
            out.writeVarint(label.length);
            out.write(label, 0, label.length);
        }
        int width = 32 - Integer.numberOfLeadingZeros(size);
        out.write(width);
        if (width == 0) {
            return ColumnarFormat.DICTIONARY;
        }
        long[] shifted = scratch(n);
        for (int i = 0; i < n; i++) {
            shifted[i] = codes[i] + 1L;
        }
        out.writePacked(shifted, n, width);
        return ColumnarFormat.DICTIONARY;
    }

    /**
     * Decodes a chunk.
     *
     * @param schema the column
     * @param rows how many values the chunk holds
     * @param encoding its encoding byte
     * @param p its payload
     * @return the column
     */
    static Column decode(ColumnSchema schema, int rows, byte encoding, byte[] p) {
        if (!schema.type().isNumericStorage()) {
            if (encoding != ColumnarFormat.DICTIONARY) {
                throw new CorruptDataException("unknown label chunk encoding " + encoding + " for column '"
                        + schema.name() + "'");
            }
            return decodeLabels(schema, rows, p);
        }
        double[] values = new double[rows];
        switch (encoding) {
            case ColumnarFormat.ALL_MISSING -> Arrays.fill(values, Double.NaN);
            case ColumnarFormat.RAW_DOUBLES -> {
                for (int i = 0; i < rows; i++) {
                    values[i] = Double.longBitsToDouble(GrowableBytes.readLongLittleEndian(p, i * 8));
                }
            }
            case ColumnarFormat.SCALED_PACKED -> decodeScaled(p, rows, values);
            default -> throw new CorruptDataException("unknown numeric chunk encoding " + encoding
                    + " for column '" + schema.name() + "'");
        }
        return new NumericColumn(schema, values, rows);
    }

    private static void decodeScaled(byte[] p, int rows, double[] values) {
        int scale = p[0];
        boolean hasMissing = p[1] != 0;
        int bitmap = 2;
        int present = rows;
        if (hasMissing) {
            present = 0;
            for (int i = 0; i < rows; i++) {
                if ((p[bitmap + (i >>> 3)] & (1 << (i & 7))) != 0) {
                    present++;
                }
            }
        }
        int[] pos = {hasMissing ? bitmap + (rows + 7) / 8 : bitmap};
        long min = GrowableBytes.unzigzag(readVarint(p, pos));
        int width = p[pos[0]++];
        long[] scaled = new long[present];
        GrowableBytes.readPacked(p, pos[0], scaled, present, width);
        double div = POW10[scale];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            if (hasMissing && (p[bitmap + (i >>> 3)] & (1 << (i & 7))) == 0) {
                values[i] = Double.NaN;
                continue;
            }
            long m = scaled[k++] + min;
            values[i] = scale == 0 ? (double) m : m / div;
        }
    }

    private static Column decodeLabels(ColumnSchema schema, int rows, byte[] p) {
        int[] pos = {0};
        int size = (int) readVarint(p, pos);
        List<String> dictionary = new ArrayList<>(size);
        for (int c = 0; c < size; c++) {
            int len = (int) readVarint(p, pos);
            dictionary.add(new String(p, pos[0], len, StandardCharsets.UTF_8));
            pos[0] += len;
        }
        int width = p[pos[0]++];
        int[] codes = new int[rows];
        if (width == 0) {
            Arrays.fill(codes, -1);
            return new StringColumn(schema, codes, dictionary, rows);
        }
        long[] shifted = new long[rows];
        GrowableBytes.readPacked(p, pos[0], shifted, rows, width);
        for (int i = 0; i < rows; i++) {
            codes[i] = (int) shifted[i] - 1;
        }
        return new StringColumn(schema, codes, dictionary, rows);
    }

    static long readVarint(byte[] p, int[] pos) {
        long v = 0;
        int shift = 0;
        byte b;
        do {
            b = p[pos[0]++];
            v |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return v;
    }
}
