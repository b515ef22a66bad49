package io.mlworkbench.engine.data.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the k most frequent keys offered to it, without holding the others: most frequent first, ties in the
 * keys' natural order. Also totals what it drops, for an "other" bucket.
 *
 * @param <K> the key type
 */
final class RankedCounts<K> {

    private record Entry<K>(K key, long count) {
    }

    private final int limit;
    private final Comparator<Entry<K>> ranking;
    private final PriorityQueue<Entry<K>> worstFirst;
    private long offeredCount;
    private long offeredDistinct;

    RankedCounts(int limit, Comparator<? super K> keyOrder) {
        this.limit = limit;
        Comparator<Entry<K>> byCountDescending = Comparator.comparingLong(e -> -e.count());
        this.ranking = byCountDescending.thenComparing(Entry::key, keyOrder);
        this.worstFirst = new PriorityQueue<>(Math.max(1, limit), ranking.reversed());
    }

    void offer(K key, long count) {
        offeredCount += count;
        offeredDistinct++;
        if (limit == 0) {
            return;
        }
        Entry<K> entry = new Entry<>(key, count);
        if (worstFirst.size() < limit) {
            worstFirst.add(entry);
        } else if (ranking.compare(entry, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(entry);
        }
    }

    /** @return the kept keys, best first */
    List<K> keys() {
        return sorted().stream().map(Entry::key).toList();
    }

    /** @return the counts of the kept keys, best first */
    List<Long> counts() {
        return sorted().stream().map(Entry::count).toList();
    }

    /** @return the total count of keys offered but not kept */
    long otherCount() {
        return offeredCount - worstFirst.stream().mapToLong(Entry::count).sum();
    }

    /** @return how many keys were offered but not kept */
    long otherDistinct() {
        return offeredDistinct - worstFirst.size();
    }

    private List<Entry<K>> sorted() {
        List<Entry<K>> entries = new ArrayList<>(worstFirst);
        entries.sort(ranking);
        return entries;
    }
}
