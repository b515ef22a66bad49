package io.mlworkbench.engine.training;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.training.algorithm.Algorithm;
import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.encoding.EncodedColumn;
import io.mlworkbench.engine.training.encoding.EncodingException;
import io.mlworkbench.engine.training.encoding.ExampleFactory;
import io.mlworkbench.engine.training.encoding.FeatureEncoder;
import io.mlworkbench.engine.training.encoding.FeatureEncoding;
import io.mlworkbench.engine.training.evaluation.DataSplit;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import io.mlworkbench.engine.training.evaluation.FeatureImportance;
import io.mlworkbench.engine.training.evaluation.Fold;
import io.mlworkbench.engine.training.evaluation.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Trains one model on a table: resolves target and task, splits, encodes, fits, evaluates on the test rows,
 * optionally cross-validates, and measures feature importance. No registry access: {@link TrainingService}
 * records the outcome.
 */
public final class ModelTrainer {

    private final AlgorithmCatalog catalog;
    private final int threads;

    /**
     * @param catalog the algorithms
     * @param threads threads an algorithm may use (trials running in parallel pass 1)
     */
    public ModelTrainer(AlgorithmCatalog catalog, int threads) {
        this.catalog = catalog;
        this.threads = Math.max(1, threads);
    }

    /** @return the algorithm catalog */
    public AlgorithmCatalog catalog() {
        return catalog;
    }

    /**
     * The resolved problem: target, task, rows with a target and their strata.
     *
     * @param target the target column
     * @param task classification or regression
     * @param rows rows whose target is present
     * @param strata per row of {@code rows}, its label (classification) or null (regression)
     */
    public record Problem(String target, TaskType task, int[] rows, String[] strata) {

        /**
         * @param subset some of {@link #rows()}, sorted
         * @return the same problem restricted to those rows
         */
        public Problem restrictedTo(int[] subset) {
            if (strata == null) {
                return new Problem(target, task, subset.clone(), null);
            }
            java.util.Map<Integer, String> byRow = new java.util.HashMap<>();
            for (int i = 0; i < rows.length; i++) {
                byRow.put(rows[i], strata[i]);
            }
            return new Problem(target, task, subset.clone(),
                    java.util.Arrays.stream(subset).mapToObj(byRow::get).toArray(String[]::new));
        }
    }

    /**
     * @param table the table
     * @param spec the training spec
     * @return target, task and usable rows
     */
    public Problem problem(Table table, TrainingSpec spec) {
        String target = spec.target().or(() -> table.schema().target().map(c -> c.name()))
                .orElseThrow(() -> new EncodingException("No target column: name one, or give a column the TARGET"
                        + " role (columns: " + table.schema().names() + ")"));
        TaskType task = spec.task().orElseGet(() -> FeatureEncoder.inferTask(table, target));
        int[] rows = FeatureEncoder.rowsWithTarget(table, target);
        String[] strata = null;
        if (task == TaskType.CLASSIFICATION) {
            Column column = table.column(target);
            strata = IntStream.of(rows).mapToObj(column::format).toArray(String[]::new);
        }
        return new Problem(target, task, rows, strata);
    }

    /**
     * Splits as the spec says, then trains and evaluates.
     *
     * @param table the table
     * @param spec what to train
     * @param cancel checked between stages and folds
     * @return the outcome
     */
    public TrainingOutcome train(Table table, TrainingSpec spec, CancellationToken cancel) {
        Problem problem = problem(table, spec);
        DataSplit split = Splitter.split(table, problem.rows(), problem.strata(), spec.split(), spec.seed());
        return train(table, spec, problem, split, cancel);
    }

    /**
     * Trains and evaluates on a given split (e.g. a benchmark's fixed split).
     *
     * @param table the table
     * @param spec what to train
     * @param problem the resolved problem
     * @param split the rows to use
     * @param cancel checked between stages and folds
     * @return the outcome
     */
    public TrainingOutcome train(Table table, TrainingSpec spec, Problem problem, DataSplit split,
                                 CancellationToken cancel) {
        AlgorithmSpec algorithm = catalog.spec(spec.algorithm());
        ParameterValues values = algorithm.resolve(spec.parameters());
        String positive = spec.positiveLabel().orElse(null);
        List<Double> cv = new ArrayList<>();
        if (spec.cvFolds() > 0) {
            cv.addAll(crossValidate(table, problem.restrictedTo(nonTest(split)), spec.algorithm(), values, spec.seed(),
                    spec.cvFolds(), positive, cancel));
        }
        cancel.throwIfCancelled("training of " + algorithm.displayName());
        long start = System.nanoTime();
        TrainedModel model = fit(table, problem, spec.algorithm(), values, spec.seed(), split.train());
        double seconds = (System.nanoTime() - start) / 1e9;
        cancel.throwIfCancelled("evaluation of " + algorithm.displayName());
        TrainedModel.Scored test = model.score(table, split.test(), positive);
        Optional<Evaluation> validation = split.validation().length == 0 ? Optional.empty()
                : Optional.of(model.evaluate(table, split.validation(), positive));
        FeatureImportance importance = FeatureImportanceCalculator.compute(model, table, split.test(), positive,
                spec.seed(), cancel);
        return new TrainingOutcome(model, split, test.evaluation(), validation, cv, importance, seconds,
                test.predictions());
    }

    /**
     * @param split a split
     * @return its training and validation rows, sorted: the rows cross-validation and tuning may use
     */
    public static int[] nonTest(DataSplit split) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(split.train()),
                java.util.Arrays.stream(split.validation())).sorted().toArray();
    }

    /**
     * Cross-validates on the problem's rows (the caller passes the non-test rows): the same rows and seed always
     * give the same folds, so two algorithms' fold scores can be compared pairwise.
     *
     * @param table the table
     * @param problem the resolved problem, restricted to the rows to cross-validate on
     * @param algorithm the algorithm id
     * @param values its parameters
     * @param seed the seed
     * @param folds the number of folds
     * @param positive the positive label or null
     * @param cancel checked once per fold
     * @return per fold, the primary metric
     */
    public List<Double> crossValidate(Table table, Problem problem, String algorithm, ParameterValues values,
                                      long seed, int folds, String positive, CancellationToken cancel) {
        List<Double> scores = new ArrayList<>();
        for (Fold fold : folds(problem, seed, folds)) {
            cancel.throwIfCancelled("cross-validation fold " + (fold.index() + 1) + " of " + folds);
            TrainedModel model = fit(table, problem, algorithm, values, seed, fold.train());
            scores.add(model.evaluate(table, fold.test(), positive).primary());
        }
        return scores;
    }

    /**
     * @param problem the resolved problem
     * @param seed the seed
     * @param k the number of folds
     * @return the seeded, stratified folds over the problem's rows
     */
    public List<Fold> folds(Problem problem, long seed, int k) {
        return Splitter.kFold(problem.rows(), problem.strata(), k, seed);
    }

    /**
     * Encodes the training rows and fits one model.
     *
     * @param table the table
     * @param problem the resolved problem
     * @param algorithmId the algorithm id
     * @param values its validated parameters
     * @param seed the seed
     * @param trainRows the rows to fit on
     * @return the fitted model
     */
    public TrainedModel fit(Table table, Problem problem, String algorithmId, ParameterValues values, long seed,
                            int[] trainRows) {
        AlgorithmSpec spec = catalog.spec(algorithmId);
        FeatureEncoding encoding = new FeatureEncoder().fit(table, problem.target(), problem.task(), trainRows,
                spec.scalesInputs());
        if (spec.needsNonNegativeInputs()) {
            requireNonNegative(table, encoding, trainRows, spec);
        }
        ExampleFactory factory = ExampleFactory.bind(encoding, table);
        Model<?> model;
        if (problem.task() == TaskType.CLASSIFICATION) {
            Algorithm<Label> algorithm = catalog.classifier(algorithmId);
            model = algorithm.createTrainer(values, seed, threads).train(factory.classificationDataset(trainRows));
        } else {
            Algorithm<Regressor> algorithm = catalog.regressor(algorithmId);
            model = algorithm.createTrainer(values, seed, threads).train(factory.regressionDataset(trainRows));
        }
        return new TrainedModel(algorithmId, values, seed, encoding, model);
    }

    private static void requireNonNegative(Table table, FeatureEncoding encoding, int[] rows, AlgorithmSpec spec) {
        for (EncodedColumn c : encoding.columns()) {
            if (c.kind() != EncodedColumn.Kind.NUMERIC) {
                continue;
            }
            io.mlworkbench.engine.data.NumericColumn column = (io.mlworkbench.engine.data.NumericColumn)
                    table.column(c.name());
            for (int r : rows) {
                if (column.get(r) < 0) {
                    throw new EncodingException(spec.displayName() + " needs non-negative inputs, but column '"
                            + c.name() + "' is " + column.get(r) + " in row " + (r + 1));
                }
            }
        }
    }
}
