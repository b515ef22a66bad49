package io.mlworkbench.app.features;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The rows a pipeline is fitted on: a seeded random share of a table's rows, the rest held out for validation and
 * test. Same row count, share and seed give the same rows.
 *
 * @param rows the 0-based training row indices, ascending
 * @param total how many rows the table has
 * @param share the share of rows used for training, e.g. 0.8
 * @param seed the seed of the shuffle
 */
public record TrainingSplit(int[] rows, int total, double share, long seed) {

    /** The share of rows the Features step fits on. */
    public static final double DEFAULT_SHARE = 0.8;
    /** The seed of the Features step's split. */
    public static final long DEFAULT_SEED = 42;

    /** Copies the rows. */
    public TrainingSplit {
        rows = rows.clone();
    }

    /**
     * @param total the table's row count, at least 1
     * @param share the training share, in (0, 1]
     * @param seed the shuffle seed
     * @return the split
     */
    public static TrainingSplit of(int total, double share, long seed) {
        if (total < 1 || !(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("a split needs at least one row and a share in (0, 1], got " + total
                    + " rows and " + share);
        }
        int[] order = new int[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = total - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int training = Math.max(1, (int) Math.round(total * share));
        int[] rows = Arrays.copyOf(order, training);
        Arrays.sort(rows);
        return new TrainingSplit(rows, total, share, seed);
    }

    /** @return the training row indices, ascending (a copy) */
    @Override
    public int[] rows() {
        return rows.clone();
    }

    /** @return how many rows are used for training */
    public int size() {
        return rows.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingSplit s && s.total == total && s.share == share && s.seed == seed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seed) * 31 + total;
    }

    @Override
    public String toString() {
        return "TrainingSplit[" + rows.length + " of " + total + " rows, seed " + seed + "]";
    }
}
