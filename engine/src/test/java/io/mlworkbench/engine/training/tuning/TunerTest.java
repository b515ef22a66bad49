package io.mlworkbench.engine.training.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import io.mlworkbench.engine.training.algorithm.ChoiceParameter;
import io.mlworkbench.engine.training.algorithm.DecimalParameter;
import io.mlworkbench.engine.training.algorithm.IntegerParameter;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import io.mlworkbench.engine.training.algorithm.TaskType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TunerTest {

    private static final AlgorithmSpec SPEC = new AlgorithmSpec("toy", "Toy", TaskType.REGRESSION, "", List.of(
            new DecimalParameter("rate", 0.001, 1.0, 0.1, true, ""),
            new IntegerParameter("depth", 1, 10, 3, false, ""),
            new ChoiceParameter("kind", List.of("a", "b"), "a", "")), false, false);
    private static final SearchSpace SPACE = SearchSpace.of(SPEC, List.of(), Map.of());

    /** Best at rate = 0.05, depth = 7, kind = b; a fold offset makes later folds differ. */
    private static final TrialObjective BOWL = new TrialObjective() {
        @Override
        public int folds() {
            return 3;
        }

        @Override
        public double score(ParameterValues v, int fold) {
            double r = Math.log10(v.doubleValue("rate")) - Math.log10(0.05);
            double d = (v.intValue("depth") - 7) / 3.0;
            return 1 - r * r - d * d - (v.stringValue("kind").equals("b") ? 0 : 0.5) + fold * 0.001;
        }
    };

    @Test
    void gridVisitsEveryCombinationOnceThenStops() {
        GridSampler grid = new GridSampler(SPACE, 3);
        TuningResult result = new Tuner(2).run(grid, BOWL, TuningBudget.trials(1000), false, (t, b) -> { },
                ProgressListener.ignoring(), () -> false);
        assertThat(grid.size()).isEqualTo(3 * 3 * 2);
        assertThat(result.trials()).hasSize(18);
        assertThat(result.trials().stream().map(t -> t.parameters().values()).distinct()).hasSize(18);
    }

    @Test
    void tpeFindsABetterOptimumThanRandomSearchWithTheSameBudget() {
        TuningResult tpe = new Tuner(1).run(TpeSampler.withDefaults(SPACE, 5), BOWL, TuningBudget.trials(40), false,
                (t, b) -> { }, ProgressListener.ignoring(), () -> false);
        TuningResult random = new Tuner(1).run(new RandomSampler(SPACE, 5), BOWL, TuningBudget.trials(40), false,
                (t, b) -> { }, ProgressListener.ignoring(), () -> false);
        assertThat(tpe.best().orElseThrow().score()).isGreaterThan(random.best().orElseThrow().score());
        assertThat(tpe.best().orElseThrow().parameters().stringValue("kind")).isEqualTo("b");
    }

    @Test
    void medianPruningStopsPoorTrialsEarlyAndKeepsTheBestComplete() {
        TuningResult result = new Tuner(1).run(new RandomSampler(SPACE, 9), BOWL, TuningBudget.trials(30), true,
                (t, b) -> { }, ProgressListener.ignoring(), () -> false);
        assertThat(result.trials()).anyMatch(t -> t.state() == TrialState.PRUNED);
        assertThat(result.trials().stream().filter(t -> t.state() == TrialState.PRUNED))
                .allMatch(t -> t.foldScores().size() < 3);
        assertThat(result.best().orElseThrow().isComplete()).isTrue();
    }

    @Test
    void listenerSeesEveryTrialWithTheBestSoFarNeverGettingWorse() {
        List<Double> bestSoFar = Collections.synchronizedList(new ArrayList<>());
        new Tuner(2).run(new RandomSampler(SPACE, 3), BOWL, TuningBudget.trials(12), false,
                (t, best) -> bestSoFar.add(best.score()), ProgressListener.ignoring(), () -> false);
        assertThat(bestSoFar).hasSize(12);
        for (int i = 1; i < bestSoFar.size(); i++) {
            assertThat(bestSoFar.get(i)).isGreaterThanOrEqualTo(bestSoFar.get(i - 1));
        }
    }

    @Test
    void trialsRunInParallel() throws InterruptedException {
        CountDownLatch bothRunning = new CountDownLatch(2);
        AtomicBoolean overlapped = new AtomicBoolean();
        TrialObjective waiting = new TrialObjective() {
            @Override
            public int folds() {
                return 1;
            }

            @Override
            public double score(ParameterValues values, int fold) {
                bothRunning.countDown();
                try {
                    overlapped.compareAndSet(false, bothRunning.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 0;
            }
        };
        new Tuner(2).run(new RandomSampler(SPACE, 1), waiting, TuningBudget.trials(2), false, (t, b) -> { },
                ProgressListener.ignoring(), () -> false);
        assertThat(overlapped).isTrue();
    }

    @Test
    void budgetOfTimeStopsStartingTrials() {
        TrialObjective slow = new TrialObjective() {
            @Override
            public int folds() {
                return 1;
            }

            @Override
            public double score(ParameterValues values, int fold) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 0;
            }
        };
        TuningResult result = new Tuner(1).run(new RandomSampler(SPACE, 1), slow,
                new TuningBudget(10_000, Duration.ofMillis(120)), false, (t, b) -> { }, ProgressListener.ignoring(),
                () -> false);
        assertThat(result.trials().size()).isBetween(1, 100);
    }

    @Test
    void cancellingStopsTheSearch() {
        List<Trial> seen = new ArrayList<>();
        assertThatThrownBy(() -> new Tuner(1).run(new RandomSampler(SPACE, 1), BOWL, TuningBudget.trials(1000), false,
                (t, b) -> seen.add(t), ProgressListener.ignoring(), () -> seen.size() >= 3))
                .isInstanceOf(OperationCancelledException.class);
        assertThat(seen).hasSizeLessThan(10);
    }

    @Test
    void failingTrialIsRecordedAndSearchGoesOn() {
        TrialObjective flaky = new TrialObjective() {
            @Override
            public int folds() {
                return 1;
            }

            @Override
            public double score(ParameterValues values, int fold) {
                if (values.intValue("depth") > 5) {
                    throw new IllegalStateException("depth too large for this data");
                }
                return values.intValue("depth");
            }
        };
        TuningResult result = new Tuner(1).run(new RandomSampler(SPACE, 2), flaky, TuningBudget.trials(20), false,
                (t, b) -> { }, ProgressListener.ignoring(), () -> false);
        assertThat(result.trials()).anyMatch(t -> t.state() == TrialState.FAILED
                && t.error().contains("depth too large"));
        assertThat(result.best().orElseThrow().parameters().intValue("depth")).isLessThanOrEqualTo(5);
    }
}
