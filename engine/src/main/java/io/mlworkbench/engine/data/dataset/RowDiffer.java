package io.mlworkbench.engine.data.dataset;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.columnar.ColumnarReader;
import io.mlworkbench.engine.task.CancellationToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Compares two versions: schema changes by column name, rows as multisets of 64-bit hashes of their values in
 * the shared columns. Memory: 8 bytes per row of each version.
 */
final class RowDiffer {

    private static final long MISSING = 0x5BD1E9955BD1E995L;

    private RowDiffer() {
    }

    static DatasetDiff diff(int previousVersionNo, ColumnarReader previous, ColumnarReader current,
                            CancellationToken cancel) {
        DatasetSchema before = previous.schema();
        DatasetSchema after = current.schema();
        List<SchemaChange> changes = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        for (ColumnSchema c : after.columns()) {
            Optional<ColumnSchema> old = before.find(c.name());
            if (old.isEmpty()) {
                changes.add(new SchemaChange(c.name(), SchemaChange.Kind.ADDED, null, c.type().name()));
                continue;
            }
            shared.add(c.name());
            if (old.get().type() != c.type()) {
                changes.add(new SchemaChange(c.name(), SchemaChange.Kind.TYPE_CHANGED, old.get().type().name(),
                        c.type().name()));
            }
            if (old.get().role() != c.role()) {
                changes.add(new SchemaChange(c.name(), SchemaChange.Kind.ROLE_CHANGED, old.get().role().name(),
                        c.role().name()));
            }
        }
        for (ColumnSchema c : before.columns()) {
            if (after.find(c.name()).isEmpty()) {
                changes.add(new SchemaChange(c.name(), SchemaChange.Kind.REMOVED, c.type().name(), null));
            }
        }
        long[] a = sortedRowHashes(previous, shared, cancel);
        long[] b = sortedRowHashes(current, shared, cancel);
        long same = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                same++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return new DatasetDiff(previousVersionNo, b.length - same, a.length - same, same, changes);
    }

    private static long[] sortedRowHashes(ColumnarReader reader, List<String> columns, CancellationToken cancel) {
        int[] index = columns.stream().mapToInt(reader.schema()::indexOf).toArray();
        long[] hashes = new long[(int) Math.max(0, reader.rowCount())];
        int n = 0;
        Optional<Table> batch;
        while ((batch = reader.next()).isPresent()) {
            cancel.throwIfCancelled("comparing with the previous version");
            Table t = batch.get();
            long[] rows = new long[t.rowCount()];
            Arrays.fill(rows, 0x9E3779B97F4A7C15L);
            for (int c : index) {
                mixColumn(t.column(c), rows);
            }
            if (n + rows.length > hashes.length) {
                hashes = Arrays.copyOf(hashes, n + rows.length);
            }
            for (long h : rows) {
                hashes[n++] = fmix(h);
            }
        }
        long[] result = Arrays.copyOf(hashes, n);
        Arrays.sort(result);
        return result;
    }

    private static void mixColumn(Column column, long[] rows) {
        if (column instanceof NumericColumn n) {
            for (int r = 0; r < rows.length; r++) {
                double v = n.get(r);
                long bits = Double.isNaN(v) ? MISSING : Double.doubleToLongBits(v == 0.0 ? 0.0 : v);
                rows[r] = (Long.rotateLeft(rows[r], 31) ^ fmix(bits)) * 0x9E3779B97F4A7C15L;
            }
            return;
        }
        StringColumn s = (StringColumn) column;
        long[] labels = new long[s.dictionary().size()];
        for (int k = 0; k < labels.length; k++) {
            labels[k] = fmix(fnv(s.dictionary().get(k)));
        }
        for (int r = 0; r < rows.length; r++) {
            int code = s.code(r);
            rows[r] = (Long.rotateLeft(rows[r], 31) ^ (code < 0 ? MISSING : labels[code])) * 0x9E3779B97F4A7C15L;
        }
    }

    private static long fnv(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return h ^ s.length();
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        return k ^ (k >>> 33);
    }
}
