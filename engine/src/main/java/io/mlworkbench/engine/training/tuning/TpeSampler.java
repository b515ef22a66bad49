package io.mlworkbench.engine.training.tuning;

import io.mlworkbench.engine.training.algorithm.ChoiceParameter;
import io.mlworkbench.engine.training.algorithm.HyperParameter;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Tree-structured Parzen estimator (Bergstra et al., 2011), with independent parameters as in Optuna's default.
 * After {@code startupTrials} random trials, the finished trials are split into the best {@code gamma} share
 * ("good") and the rest ("bad"); each parameter gets a Parzen density over its unit interval for both groups,
 * and of {@code candidates} draws from the good densities the one maximising good/bad density is tried next.
 */
public final class TpeSampler implements ParameterSampler {

    private final SearchSpace space;
    private final Random random;
    private final RandomSampler startup;
    private final int startupTrials;
    private final double gamma;
    private final int candidates;

    /**
     * @param space the search space
     * @param seed the seed
     * @param startupTrials random trials before the model is used
     * @param gamma share of trials counted as good, in (0, 1)
     * @param candidates draws compared per suggestion
     */
    public TpeSampler(SearchSpace space, long seed, int startupTrials, double gamma, int candidates) {
        this.space = space;
        this.random = new Random(seed);
        this.startup = new RandomSampler(space, seed ^ 0x5DEECE66DL);
        this.startupTrials = Math.max(2, startupTrials);
        this.gamma = gamma;
        this.candidates = Math.max(1, candidates);
    }

    /**
     * @param space the search space
     * @param seed the seed
     * @return a sampler with 8 random startup trials, gamma 0.25 and 24 candidates
     */
    public static TpeSampler withDefaults(SearchSpace space, long seed) {
        return new TpeSampler(space, seed, 8, 0.25, 24);
    }

    @Override
    public Optional<ParameterValues> next(List<Trial> history) {
        List<Trial> scored = new ArrayList<>(history.stream()
                .filter(t -> t.state() != TrialState.FAILED && !Double.isNaN(t.score())).toList());
        if (scored.stream().filter(Trial::isComplete).count() < startupTrials) {
            return startup.next(history);
        }
        // complete trials rank by score; pruned ones rank below every complete trial
        scored.sort(Comparator.comparing((Trial t) -> t.isComplete() ? 0 : 1)
                .thenComparing(Comparator.comparingDouble(Trial::score).reversed()));
        int nGood = Math.max(1, (int) Math.ceil(gamma * scored.size()));
        List<Trial> good = scored.subList(0, nGood);
        List<Trial> bad = scored.subList(nGood, scored.size());
        Map<String, Object> best = null;
        double bestRatio = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates; c++) {
            Map<String, Object> candidate = new HashMap<>();
            double logRatio = 0;
            for (HyperParameter p : space.tuned()) {
                double[] goodUnits = units(p, good);
                double[] badUnits = units(p, bad);
                Object value;
                if (p instanceof ChoiceParameter choice) {
                    int k = sampleChoice(choice, goodUnits);
                    value = choice.choices().get(k);
                    logRatio += Math.log(choiceDensity(choice, goodUnits, k)) - Math.log(choiceDensity(choice, badUnits, k));
                } else {
                    double u = sampleParzen(goodUnits);
                    value = p.fromUnit(u);
                    double snapped = p.toUnit(value);
                    logRatio += Math.log(parzen(goodUnits, snapped)) - Math.log(parzen(badUnits, snapped));
                }
                candidate.put(p.name(), value);
            }
            if (logRatio > bestRatio) {
                bestRatio = logRatio;
                best = candidate;
            }
        }
        return Optional.of(space.with(best));
    }

    private static double[] units(HyperParameter p, List<Trial> trials) {
        return trials.stream().mapToDouble(t -> p.toUnit(t.parameters().values().get(p.name()))).toArray();
    }

    private static double bandwidth(int n) {
        return Math.max(0.05, 0.5 * Math.pow(n + 1, -0.2) / 2);
    }

    private double sampleParzen(double[] centres) {
        int k = random.nextInt(centres.length + 1);
        if (k == centres.length) {
            return random.nextDouble();
        }
        double u;
        do {
            u = centres[k] + random.nextGaussian() * bandwidth(centres.length);
        } while (u < 0 || u > 1);
        return u;
    }

    private static double parzen(double[] centres, double u) {
        double sigma = bandwidth(centres.length);
        double density = 1.0;
        for (double c : centres) {
            double z = (u - c) / sigma;
            density += Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
        }
        return density / (centres.length + 1);
    }

    private int sampleChoice(ChoiceParameter p, double[] units) {
        double[] w = choiceWeights(p, units);
        double r = random.nextDouble() * java.util.Arrays.stream(w).sum();
        for (int k = 0; k < w.length; k++) {
            r -= w[k];
            if (r <= 0) {
                return k;
            }
        }
        return w.length - 1;
    }

    private static double choiceDensity(ChoiceParameter p, double[] units, int k) {
        double[] w = choiceWeights(p, units);
        return w[k] / java.util.Arrays.stream(w).sum();
    }

    private static double[] choiceWeights(ChoiceParameter p, double[] units) {
        double[] w = new double[p.choices().size()];
        java.util.Arrays.fill(w, 1.0);
        for (double u : units) {
            w[Math.min(w.length - 1, (int) Math.floor(u * w.length))] += 1;
        }
        return w;
    }
}
