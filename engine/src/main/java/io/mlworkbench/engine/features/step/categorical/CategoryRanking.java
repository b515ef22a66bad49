package io.mlworkbench.engine.features.step.categorical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Orders training categories by count (most frequent first, ties alphabetical), as the encoders rank them. */
final class CategoryRanking {

    private CategoryRanking() {
    }

    /**
     * @param counts the training count of each category
     * @param minCount categories seen fewer times are left out
     * @param limit at most this many categories are returned
     * @return the ranked categories
     */
    static List<String> top(Map<String, Integer> counts, int minCount, int limit) {
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.removeIf(c -> counts.get(c) < minCount);
        ranked.sort(Comparator.<String>comparingInt(counts::get).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }
}
