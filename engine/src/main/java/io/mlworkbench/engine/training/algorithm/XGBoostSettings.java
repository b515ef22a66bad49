package io.mlworkbench.engine.training.algorithm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The XGBoost parameter maps behind the boosted-trees and random-forest algorithms, and their shared
 * hyperparameter declarations.
 *
 * <p>The random forest uses XGBoost's random-forest mode: one boosting round of {@code numTrees} parallel trees,
 * each on a row subsample without replacement and a per-node column subsample, learning rate 1, no leaf
 * regularisation. With histogram split finding on all cores it is many times faster than Tribuo's own forest.
 */
final class XGBoostSettings {

    static final String TREES = "numTrees";
    static final String MAX_DEPTH = "maxDepth";
    static final String MIN_CHILD_WEIGHT = "minChildWeight";
    static final String SUBSAMPLE = "subsample";
    static final String COLUMN_SAMPLE = "featureFraction";

    private XGBoostSettings() {
    }

    static List<HyperParameter> boostingParameters() {
        return List.of(
                new IntegerParameter(TREES, 10, 2000, 300, true, "Boosting rounds: trees added one after another."),
                new DecimalParameter("learningRate", 0.005, 1.0, 0.1, true,
                        "Shrinks each new tree's contribution; smaller needs more trees but generalises better."),
                new IntegerParameter(MAX_DEPTH, 1, 16, 6, false, "Maximum depth of each tree."),
                new DecimalParameter(MIN_CHILD_WEIGHT, 0.0, 100.0, 1.0, false,
                        "Minimum sum of instance weight (hessian) needed in a leaf."),
                new DecimalParameter(SUBSAMPLE, 0.3, 1.0, 0.8, false, "Fraction of rows sampled for each tree."),
                new DecimalParameter(COLUMN_SAMPLE, 0.1, 1.0, 0.8, false,
                        "Fraction of input features sampled for each tree."),
                new DecimalParameter("l2", 0.0, 100.0, 1.0, false, "L2 regularisation of leaf weights."),
                new DecimalParameter("minSplitLoss", 0.0, 10.0, 0.0, false,
                        "Minimum loss reduction (gamma) needed to split a node."));
    }

    static List<HyperParameter> forestParameters() {
        return List.of(
                new IntegerParameter(TREES, 10, 1000, 100, true, "Number of trees in the forest."),
                new IntegerParameter(MAX_DEPTH, 2, 30, 20, false, "Maximum depth of each tree."),
                new DecimalParameter(MIN_CHILD_WEIGHT, 0.0, 50.0, 0.25, false,
                        "Minimum sum of instance weight (hessian) needed in a leaf; 0.25 is about one row."),
                new DecimalParameter(SUBSAMPLE, 0.1, 1.0, 0.8, false,
                        "Fraction of rows each tree sees, drawn without replacement."),
                new DecimalParameter(COLUMN_SAMPLE, 0.02, 1.0, 0.3, false,
                        "Fraction of input features considered at each split."));
    }

    static Map<String, Object> boosting(ParameterValues v, String objective, long seed, int threads) {
        Map<String, Object> p = common(objective, seed, threads);
        p.put("eta", v.doubleValue("learningRate"));
        p.put("max_depth", v.intValue(MAX_DEPTH));
        p.put("min_child_weight", v.doubleValue(MIN_CHILD_WEIGHT));
        p.put("subsample", v.doubleValue(SUBSAMPLE));
        p.put("colsample_bytree", v.doubleValue(COLUMN_SAMPLE));
        p.put("lambda", v.doubleValue("l2"));
        p.put("alpha", 0.0);
        p.put("gamma", v.doubleValue("minSplitLoss"));
        return p;
    }

    static Map<String, Object> forest(ParameterValues v, String objective, long seed, int threads) {
        Map<String, Object> p = common(objective, seed, threads);
        p.put("num_parallel_tree", v.intValue(TREES));
        p.put("eta", 1.0);
        p.put("max_depth", v.intValue(MAX_DEPTH));
        p.put("min_child_weight", v.doubleValue(MIN_CHILD_WEIGHT));
        p.put("subsample", v.doubleValue(SUBSAMPLE));
        p.put("colsample_bynode", v.doubleValue(COLUMN_SAMPLE));
        p.put("lambda", 0.0);
        p.put("alpha", 0.0);
        return p;
    }

    private static Map<String, Object> common(String objective, long seed, int threads) {
        Map<String, Object> p = new HashMap<>();
        p.put("objective", objective);
        p.put("tree_method", "hist");
        p.put("booster", "gbtree");
        p.put("nthread", threads);
        p.put("seed", seed);
        p.put("verbosity", 0);
        return p;
    }
}
