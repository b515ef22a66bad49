package io.mlworkbench.engine.data.profile;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts rows that repeat an earlier row in every column (pandas {@code DataFrame.duplicated().sum()}), with
 * missing values equal to each other.
 *
 * <p>Each row gets a hash; the hash's high bits and the row index are packed into one {@code long}, so sorting one
 * array of n longs groups candidate duplicates; candidates are then compared value by value, so the count is exact
 * whatever the hash collisions. Memory: 16 bytes a row.
 */
final class RowDuplicates {

    private RowDuplicates() {
    }

    static long count(Table table) {
        int rows = table.rowCount();
        if (rows < 2 || table.columns().isEmpty()) {
            return 0;
        }
        long[] hashes = new long[rows];
        for (Column column : table.columns()) {
            for (int r = 0; r < rows; r++) {
                hashes[r] = mix(hashes[r] * 31 + valueBits(column, r));
            }
        }
        int indexBits = 64 - Long.numberOfLeadingZeros(rows - 1L);
        long indexMask = (1L << indexBits) - 1;
        long[] packed = new long[rows];
        for (int r = 0; r < rows; r++) {
            packed[r] = (hashes[r] << indexBits) | r;
        }
        hashes = null;
        Arrays.sort(packed);
        long duplicates = 0;
        int start = 0;
        while (start < rows) {
            int end = start + 1;
            while (end < rows && (packed[end] >>> indexBits) == (packed[start] >>> indexBits)) {
                end++;
            }
            if (end - start > 1) {
                duplicates += duplicatesInGroup(table, packed, start, end, indexMask);
            }
            start = end;
        }
        return duplicates;
    }

    private static long duplicatesInGroup(Table table, long[] packed, int start, int end, long indexMask) {
        int[] group = new int[end - start];
        for (int i = start; i < end; i++) {
            group[i - start] = (int) (packed[i] & indexMask);
        }
        Arrays.sort(group);
        List<Integer> distinctRows = new ArrayList<>();
        long duplicates = 0;
        for (int row : group) {
            boolean seen = false;
            for (int earlier : distinctRows) {
                if (sameRow(table, earlier, row)) {
                    seen = true;
                    break;
                }
            }
            if (seen) {
                duplicates++;
            } else {
                distinctRows.add(row);
            }
        }
        return duplicates;
    }

    private static boolean sameRow(Table table, int a, int b) {
        for (Column column : table.columns()) {
            if (valueBits(column, a) != valueBits(column, b)) {
                return false;
            }
        }
        return true;
    }

    /** Equal values (and missing values) give equal bits; 0.0 and -0.0 are one value. */
    private static long valueBits(Column column, int row) {
        if (column instanceof NumericColumn numbers) {
            double v = numbers.get(row);
            return Double.doubleToLongBits(v == 0.0 ? 0.0 : v);
        }
        return ((StringColumn) column).code(row);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
