package io.mlworkbench.engine.training;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import io.mlworkbench.engine.training.evaluation.DataSplit;
import io.mlworkbench.engine.training.evaluation.Fold;
import io.mlworkbench.engine.training.tuning.GridSampler;
import io.mlworkbench.engine.training.tuning.ParameterSampler;
import io.mlworkbench.engine.training.tuning.RandomSampler;
import io.mlworkbench.engine.training.tuning.SearchSpace;
import io.mlworkbench.engine.training.tuning.TpeSampler;
import io.mlworkbench.engine.training.tuning.TrialObjective;
import io.mlworkbench.engine.training.tuning.Tuner;
import io.mlworkbench.engine.training.tuning.TuningResult;
import java.util.List;

/**
 * One tuning search: the search space from the algorithm's declaration, the sampler for the chosen strategy, and
 * an objective that fits a model per fold of the training rows (never the test rows). Trials run in parallel on
 * the available cores, each trial's algorithm on one thread.
 */
final class TuningSession {

    private final TuningRequest request;
    private final Table table;
    private final ModelTrainer.Problem problem;
    private final AlgorithmSpec algorithm;
    private final ModelTrainer singleThreaded;
    private final List<Fold> folds;
    private final int parallelism;

    TuningSession(ModelTrainer trainer, TuningRequest request, Table table, ModelTrainer.Problem problem,
                  DataSplit split, AlgorithmSpec algorithm) {
        this.request = request;
        this.table = table;
        this.problem = problem;
        this.algorithm = algorithm;
        this.parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.singleThreaded = new ModelTrainer(trainer.catalog(), 1);
        this.folds = trainer.folds(problem.restrictedTo(ModelTrainer.nonTest(split)), request.training().spec().seed(),
                Math.max(2, request.folds()));
    }

    TuningResult run(TrainingListener listener, CancellationToken cancel) {
        TrainingSpec spec = request.training().spec();
        SearchSpace space = SearchSpace.of(algorithm, request.tuned(), spec.parameters());
        ParameterSampler sampler = switch (request.strategy()) {
            case GRID -> new GridSampler(space, request.gridPoints());
            case RANDOM -> new RandomSampler(space, spec.seed());
            case TPE -> TpeSampler.withDefaults(space, spec.seed());
        };
        String positive = spec.positiveLabel().orElse(null);
        TrialObjective objective = new TrialObjective() {
            @Override
            public int folds() {
                return folds.size();
            }

            @Override
            public double score(ParameterValues values, int fold) {
                Fold f = folds.get(fold);
                TrainedModel model = singleThreaded.fit(table, problem, algorithm.id(), values, spec.seed(), f.train());
                return model.evaluate(table, f.test(), positive).primary();
            }
        };
        return new Tuner(parallelism).run(sampler, objective, request.budget(), request.prune(),
                listener::trialFinished, listener, cancel);
    }
}
