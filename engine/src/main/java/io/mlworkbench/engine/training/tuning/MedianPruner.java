package io.mlworkbench.engine.training.tuning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stops a trial early when its running mean over the folds so far is below the median of other trials' running
 * means at the same fold (Optuna's median pruning, with folds as steps). Thread-safe.
 */
public final class MedianPruner {

    private final int minTrials;
    private final Map<Integer, List<Double>> byFold = new HashMap<>();

    /** @param minTrials trials that must have reported a fold before that fold prunes anything */
    public MedianPruner(int minTrials) {
        this.minTrials = Math.max(1, minTrials);
    }

    /**
     * Records a trial's running mean after a fold and says whether to stop it.
     *
     * @param fold the fold just scored, from 0
     * @param runningMean the trial's mean over folds 0..fold
     * @return true when the trial should stop
     */
    public synchronized boolean report(int fold, double runningMean) {
        List<Double> others = byFold.computeIfAbsent(fold, f -> new ArrayList<>());
        boolean prune = others.size() >= minTrials && runningMean < median(others);
        others.add(runningMean);
        return prune;
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
