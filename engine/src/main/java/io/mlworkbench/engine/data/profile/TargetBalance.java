package io.mlworkbench.engine.data.profile;

import java.util.List;

/**
 * The class counts of the target column, most frequent first.
 *
 * @param column the target column's name
 * @param classes at most {@link DatasetProfiler#MAX_TARGET_CLASSES} classes with their counts
 * @param otherCount rows holding a class not listed
 * @param missing rows without a target value
 */
public record TargetBalance(String column, List<ValueCount> classes, long otherCount, long missing) {

    /** Copies the list. */
    public TargetBalance {
        classes = classes == null ? List.of() : List.copyOf(classes);
    }

    /** @return the share of the least frequent listed class among the non-missing rows, 0 when there are none */
    public double minorityShare() {
        long total = otherCount + classes.stream().mapToLong(ValueCount::count).sum();
        if (total == 0 || classes.isEmpty()) {
            return 0;
        }
        return (double) classes.get(classes.size() - 1).count() / total;
    }
}
