package io.mlworkbench.engine.training.algorithm;

import java.util.List;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.slm.ElasticNetCDTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/** The regression algorithms and their hyperparameter declarations. */
final class RegressionAlgorithms {

    private static final String OBJECTIVE = "reg:squarederror";

    private RegressionAlgorithms() {
    }

    static List<Algorithm<Regressor>> all() {
        return List.of(linearRegression(), decisionTree(), randomForest(), gradientBoosting());
    }

    static Algorithm<Regressor> linearRegression() {
        AlgorithmSpec spec = new AlgorithmSpec("linear_regression", "Linear regression (elastic net)",
                TaskType.REGRESSION, "A linear model with L1 and L2 regularisation, fitted by coordinate descent.",
                List.of(new DecimalParameter("alpha", 1e-6, 10.0, 1e-4, true, "Overall regularisation strength."),
                        new DecimalParameter("l1Ratio", 0.0, 1.0, 0.5, false,
                                "Share of L1 (lasso) in the penalty; 0 is ridge, 1 is lasso."),
                        new IntegerParameter("maxIterations", 10, 10000, 1000, true,
                                "Coordinate-descent passes at most.")), true, false);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) -> new ElasticNetCDTrainer(v.doubleValue("alpha"),
                v.doubleValue("l1Ratio"), 1e-4, v.intValue("maxIterations"), true, seed));
    }

    static Algorithm<Regressor> decisionTree() {
        AlgorithmSpec spec = new AlgorithmSpec("decision_tree_regressor", "Decision tree (CART)",
                TaskType.REGRESSION, "One binary tree of threshold rules predicting the mean of its leaf.", List.of(
                        new IntegerParameter("maxDepth", 1, 40, 10, false, "Maximum depth of the tree."),
                        new DecimalParameter("minChildWeight", 1.0, 200.0, 5.0, true,
                                "Minimum number of rows in a leaf.")), false, false);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) -> new CARTRegressionTrainer(v.intValue("maxDepth"),
                (float) v.doubleValue("minChildWeight"), 0.0f, 1.0f, false, new MeanSquaredError(), seed));
    }

    static Algorithm<Regressor> randomForest() {
        AlgorithmSpec spec = new AlgorithmSpec("random_forest_regressor", "Random forest", TaskType.REGRESSION,
                "Many deep trees on row and feature subsamples, averaged. Trained on all cores with XGBoost's"
                + " random-forest mode.", XGBoostSettings.forestParameters(), false, false);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) -> new XGBoostRegressionTrainer(
                XGBoostRegressionTrainer.RegressionType.LINEAR, 1, XGBoostSettings.forest(v, OBJECTIVE, seed, threads)));
    }

    static Algorithm<Regressor> gradientBoosting() {
        AlgorithmSpec spec = new AlgorithmSpec("gradient_boosting_regressor", "Gradient-boosted trees (XGBoost)",
                TaskType.REGRESSION, "Trees added one after another, each correcting the previous ones.",
                XGBoostSettings.boostingParameters(), false, false);
        return new DeclaredAlgorithm<>(spec, (v, seed, threads) -> new XGBoostRegressionTrainer(
                XGBoostRegressionTrainer.RegressionType.LINEAR, v.intValue(XGBoostSettings.TREES),
                XGBoostSettings.boosting(v, OBJECTIVE, seed, threads)));
    }
}
