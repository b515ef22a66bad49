package io.mlworkbench.engine.data.ingest;

import java.util.Arrays;

/** Records read ahead: their bytes copied into one arena, with each field's range. Filled by one thread at a time. */
final class RecordBlock {

    /** Past this many bytes a block is handed on even if it has room for more records. */
    static final int MAX_ARENA_BYTES = 32 << 20;
    /** Past this many fields too, so that very wide tables keep blocks small. */
    static final int MAX_FIELDS = 1 << 21;

    private final int capacity;
    private byte[] arena = new byte[1 << 20];
    private int arenaSize;
    private int[] starts = new int[1 << 12];
    private int[] ends = new int[1 << 12];
    private boolean[] nulls = new boolean[1 << 12];
    private int fields;
    private final int[] firstField;
    private final long[] lines;
    private int count;

    RecordBlock(int capacity) {
        this.capacity = capacity;
        firstField = new int[capacity + 1];
        lines = new long[capacity];
    }

    boolean isFull() {
        return count == capacity || arenaSize > MAX_ARENA_BYTES || fields > MAX_FIELDS;
    }

    int size() {
        return count;
    }

    void clear() {
        count = 0;
        fields = 0;
        arenaSize = 0;
    }

    /** Copies a record in. */
    void add(RawRecord r) {
        int n = r.fieldCount();
        if (fields + n > ends.length) {
            int cap = Math.max(fields + n, ends.length * 2);
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            nulls = Arrays.copyOf(nulls, cap);
        }
        if (n > 0) {
            int from = r.start(0);
            int to = r.end(n - 1);
            int len = to - from;
            if (arenaSize + len > arena.length) {
                arena = Arrays.copyOf(arena, Math.max(arenaSize + len, arena.length * 2));
            }
            System.arraycopy(r.data(), from, arena, arenaSize, len);
            int shift = arenaSize - from;
            for (int f = 0; f < n; f++) {
                starts[fields + f] = r.start(f) + shift;
                ends[fields + f] = r.end(f) + shift;
                nulls[fields + f] = r.isNull(f);
            }
            arenaSize += len;
        }
        firstField[count] = fields;
        lines[count] = r.line();
        fields += n;
        count++;
        firstField[count] = fields;
    }

    /** Makes {@code into} a view of record {@code i}. */
    void load(int i, RawRecord into) {
        into.load(arena, starts, ends, nulls, firstField[i], firstField[i + 1] - firstField[i], lines[i]);
    }
}
