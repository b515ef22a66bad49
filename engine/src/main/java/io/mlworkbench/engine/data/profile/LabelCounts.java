package io.mlworkbench.engine.data.profile;

import io.mlworkbench.engine.data.StringColumn;
import java.util.Comparator;

/** How often each label of a dictionary-encoded column occurs: one counter per dictionary entry. */
public final class LabelCounts {

    private final StringColumn column;
    private final long[] counts;
    private final long missing;

    private LabelCounts(StringColumn column, long[] counts, long missing) {
        this.column = column;
        this.counts = counts;
        this.missing = missing;
    }

    /**
     * @param column a label column
     * @return its label counts
     */
    public static LabelCounts of(StringColumn column) {
        long[] counts = new long[column.dictionary().size()];
        long missing = 0;
        for (int r = 0; r < column.size(); r++) {
            int code = column.code(r);
            if (code < 0) {
                missing++;
            } else {
                counts[code]++;
            }
        }
        return new LabelCounts(column, counts, missing);
    }

    /**
     * @param code a dictionary code
     * @return how many rows hold that label
     */
    public long count(int code) {
        return counts[code];
    }

    /** @return how many rows are missing */
    public long missing() {
        return missing;
    }

    /** @return how many rows hold a label */
    public long present() {
        return column.size() - missing;
    }

    /** @return how many distinct labels occur */
    public int distinctCount() {
        int distinct = 0;
        for (long c : counts) {
            if (c > 0) {
                distinct++;
            }
        }
        return distinct;
    }

    RankedCounts<String> ranked(int limit) {
        RankedCounts<String> ranked = new RankedCounts<>(limit, Comparator.naturalOrder());
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                ranked.offer(column.dictionary().get(code), counts[code]);
            }
        }
        return ranked;
    }
}
