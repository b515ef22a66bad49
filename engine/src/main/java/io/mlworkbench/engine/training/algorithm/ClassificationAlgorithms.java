package io.mlworkbench.engine.training.algorithm;

import java.util.List;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.Entropy;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.mnb.MultinomialNaiveBayesTrainer;
import org.tribuo.classification.sgd.LabelObjective;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.math.distance.CosineDistance;
import org.tribuo.math.distance.Distance;
import org.tribuo.math.distance.L1Distance;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;
import org.tribuo.math.optimisers.AdaGrad;

/** The classification algorithms and their hyperparameter declarations. */
final class ClassificationAlgorithms {

    private ClassificationAlgorithms() {
    }

    static List<Algorithm<Label>> all() {
        return List.of(logisticRegression(), linearSvm(), decisionTree(), randomForest(), gradientBoosting(),
                kNearestNeighbours(), naiveBayes());
    }

    private static List<HyperParameter> sgdParameters() {
        return List.of(
                new IntegerParameter("epochs", 1, 200, 15, true, "Passes over the training data."),
                new DecimalParameter("learningRate", 0.001, 10.0, 0.5, true, "Initial AdaGrad learning rate."),
                new IntegerParameter("batchSize", 1, 1024, 16, true, "Examples per gradient step."));
    }

    private static LinearSGDTrainer sgd(LabelObjective objective, ParameterValues v, long seed) {
        return new LinearSGDTrainer(objective, new AdaGrad(v.doubleValue("learningRate"), 0.1), v.intValue("epochs"),
                -1, v.intValue("batchSize"), seed);
    }

    static Algorithm<Label> logisticRegression() {
        AlgorithmSpec spec = new AlgorithmSpec("logistic_regression", "Logistic regression",
                TaskType.CLASSIFICATION, "A linear model of the log-odds, fitted by stochastic gradient descent;"
                + " fast, well calibrated and easy to explain.", sgdParameters(), true, false);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) -> sgd(new LogMulticlass(), v, seed));
    }

    static Algorithm<Label> linearSvm() {
        AlgorithmSpec spec = new AlgorithmSpec("linear_svm", "Linear SVM", TaskType.CLASSIFICATION,
                "A maximum-margin linear classifier (hinge loss); scores are margins, not probabilities.",
                sgdParameters(), true, false);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) -> sgd(new Hinge(), v, seed));
    }

    static Algorithm<Label> decisionTree() {
        AlgorithmSpec spec = new AlgorithmSpec("decision_tree", "Decision tree (CART)", TaskType.CLASSIFICATION,
                "One binary tree of threshold rules; readable, but less accurate than ensembles.", List.of(
                        new IntegerParameter("maxDepth", 1, 40, 10, false, "Maximum depth of the tree."),
                        new DecimalParameter("minChildWeight", 1.0, 200.0, 5.0, true,
                                "Minimum number of rows in a leaf."),
                        new ChoiceParameter("impurity", List.of("gini", "entropy"), "gini",
                                "How the quality of a split is measured.")), false, false);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) -> new CARTClassificationTrainer(
                v.intValue("maxDepth"), (float) v.doubleValue("minChildWeight"), 0.0f, 1.0f, false,
                v.stringValue("impurity").equals("gini") ? new GiniIndex() : new Entropy(), seed));
    }

    static Algorithm<Label> randomForest() {
        AlgorithmSpec spec = new AlgorithmSpec("random_forest", "Random forest", TaskType.CLASSIFICATION,
                "Many deep trees on row and feature subsamples, averaged; robust with little tuning."
                + " Trained on all cores with XGBoost's random-forest mode.",
                XGBoostSettings.forestParameters(), false, false);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) -> new XGBoostLabelTrainer(1,
                XGBoostSettings.forest(v, "multi:softprob", seed, threads)));
    }

    static Algorithm<Label> gradientBoosting() {
        AlgorithmSpec spec = new AlgorithmSpec("gradient_boosting", "Gradient-boosted trees (XGBoost)",
                TaskType.CLASSIFICATION, "Trees added one after another, each correcting the previous ones;"
                + " usually the most accurate on tables.", XGBoostSettings.boostingParameters(), false, false);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) -> new XGBoostLabelTrainer(
                v.intValue(XGBoostSettings.TREES), XGBoostSettings.boosting(v, "multi:softprob", seed, threads)));
    }

    static Algorithm<Label> kNearestNeighbours() {
        AlgorithmSpec spec = new AlgorithmSpec("k_nearest_neighbours", "k-nearest neighbours",
                TaskType.CLASSIFICATION, "Votes among the k most similar training rows; no training, slow to"
                + " predict on large data.", List.of(
                        new IntegerParameter("k", 1, 200, 15, true, "How many neighbours vote."),
                        new ChoiceParameter("distance", List.of("L2", "L1", "COSINE"), "L2",
                                "How similarity between rows is measured.")), true, false);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) -> new KNNTrainer<>(v.intValue("k"),
                distance(v.stringValue("distance")), threads, new VotingCombiner(), KNNModel.Backend.THREADPOOL,
                NeighboursQueryFactoryType.BRUTE_FORCE));
    }

    private static Distance distance(String name) {
        return switch (name) {
            case "L1" -> new L1Distance();
            case "COSINE" -> new CosineDistance();
            default -> new L2Distance();
        };
    }

    static Algorithm<Label> naiveBayes() {
        AlgorithmSpec spec = new AlgorithmSpec("naive_bayes", "Naive Bayes (multinomial)", TaskType.CLASSIFICATION,
                "Counts-based Bayes rule assuming independent inputs; only for non-negative inputs.", List.of(
                        new DecimalParameter("smoothing", 0.001, 10.0, 1.0, true,
                                "Additive (Laplace) smoothing of the counts.")), false, true);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) ->
                new MultinomialNaiveBayesTrainer(v.doubleValue("smoothing")));
    }
}
