package io.mlworkbench.engine.data.columnar;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.DatasetSchema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash of a dataset version: SHA-256 of its normalised rows, independent of how the source was
 * formatted (delimiters, quotes, {@code 1.50} vs {@code 1.5}, line endings) and of the row-group layout.
 *
 * <p>Each column's typed values are fed, in row order, to that column's own SHA-256: a number as the 8 bytes
 * of its IEEE-754 value (big-endian; -0.0 counted as 0.0, a missing value as NaN), a label as byte 1, its
 * UTF-8 length as a varint and its UTF-8 bytes (a missing label as byte 0). The result is SHA-256 of the text
 * {@code mlwb-content-v1}, one line {@code name TAB type TAB role} per column, and the column digests in order.
 */
public final class ContentHasher {

    private static final int FLUSH_AT = 1 << 15;

    private final boolean[] numeric;
    private final MessageDigest[] digests;
    private final GrowableBytes[] pending;

    /** @param numeric per column, true when it holds numbers */
    public ContentHasher(boolean[] numeric) {
        this.numeric = numeric.clone();
        digests = new MessageDigest[numeric.length];
        pending = new GrowableBytes[numeric.length];
        for (int c = 0; c < numeric.length; c++) {
            digests[c] = sha256();
            pending[c] = new GrowableBytes(FLUSH_AT + 1024);
        }
    }

    /**
     * Adds a batch's rows.
     *
     * @param batch the rows, in order after those added before
     */
    public void add(ColumnBatch batch) {
        int n = batch.rows();
        for (int c = 0; c < numeric.length; c++) {
            GrowableBytes buf = pending[c];
            if (numeric[c]) {
                double[] v = batch.numbers(c);
                for (int i = 0; i < n; i++) {
                    double x = v[i] == 0.0 ? 0.0 : v[i];
                    buf.writeLongBigEndian(Double.doubleToLongBits(x));
                    if (buf.size() >= FLUSH_AT) {
                        flush(c);
                    }
                }
            } else {
                int[] codes = batch.codes(c);
                ByteDictionary dict = batch.dictionary(c);
                for (int i = 0; i < n; i++) {
                    if (codes[i] < 0) {
                        buf.write(0);
                    } else {
                        byte[] label = dict.utf8(codes[i]);
                        buf.write(1);
                        buf.writeVarint(label.length);
                        buf.write(label, 0, label.length);
                    }
                    if (buf.size() >= FLUSH_AT) {
                        flush(c);
                    }
                }
            }
        }
    }

    private void flush(int c) {
        digests[c].update(pending[c].array(), 0, pending[c].size());
        pending[c].clear();
    }

    /**
     * @param schema the final schema; its column count must match
     * @return the content hash, 64 lower-case hex digits; the hasher must not be used afterwards
     */
    public String finish(DatasetSchema schema) {
        if (schema.size() != numeric.length) {
            throw new IllegalArgumentException(schema.size() + " schema columns for " + numeric.length + " hashed");
        }
        MessageDigest total = sha256();
        StringBuilder head = new StringBuilder("mlwb-content-v1\n");
        for (ColumnSchema c : schema.columns()) {
            head.append(c.name()).append('\t').append(c.type()).append('\t').append(c.role()).append('\n');
        }
        total.update(head.toString().getBytes(StandardCharsets.UTF_8));
        for (int c = 0; c < numeric.length; c++) {
            flush(c);
            total.update(digests[c].digest());
        }
        return HexFormat.of().formatHex(total.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
