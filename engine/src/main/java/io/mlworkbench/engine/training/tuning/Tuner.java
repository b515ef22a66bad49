package io.mlworkbench.engine.training.tuning;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs trials under a budget, {@code parallelism} at a time, each scored fold by fold by a {@link TrialObjective}.
 * The sampler sees every finished trial before proposing the next. Poor trials are pruned by a
 * {@link MedianPruner} when pruning is on. Cancelling stops between folds and throws
 * {@link OperationCancelledException} once running trials have stopped.
 */
public final class Tuner {

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final int parallelism;

    /** @param parallelism trials running at once, at least 1 */
    public Tuner(int parallelism) {
        this.parallelism = Math.max(1, parallelism);
    }

    /**
     * Searches.
     *
     * @param sampler proposes values
     * @param objective scores values fold by fold
     * @param budget trials and time at most
     * @param prune whether to stop poor trials early
     * @param listener told about each finished trial
     * @param progress told "trial n of N" as trials finish
     * @param cancel checked between folds and between trials
     * @return all trials and the best
     */
    public TuningResult run(ParameterSampler sampler, TrialObjective objective, TuningBudget budget, boolean prune,
                            TrialListener listener, ProgressListener progress, CancellationToken cancel) {
        long start = System.nanoTime();
        long deadline = start + budget.maxTime().toNanos();
        MedianPruner pruner = new MedianPruner(4);
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "tuning-" + pool + "-trial-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        CompletionService<Trial> completion = new ExecutorCompletionService<>(executor);
        List<Trial> history = new ArrayList<>();
        Trial best = null;
        int started = 0;
        int running = 0;
        boolean exhausted = false;
        try {
            while (true) {
                while (!exhausted && running < parallelism && started < budget.maxTrials()
                        && System.nanoTime() < deadline && !cancel.isCancelled()) {
                    Optional<ParameterValues> next = sampler.next(history);
                    if (next.isEmpty()) {
                        exhausted = true;
                        break;
                    }
                    int number = ++started;
                    ParameterValues values = next.get();
                    completion.submit(() -> runTrial(number, values, objective, prune ? pruner : null, cancel));
                    running++;
                }
                if (running == 0) {
                    break;
                }
                Future<Trial> done = completion.poll(100, TimeUnit.MILLISECONDS);
                if (done == null) {
                    continue;
                }
                running--;
                Trial trial = done.get();
                history.add(trial);
                if (trial.isComplete() && (best == null || trial.score() > best.score())) {
                    best = trial;
                }
                listener.trialFinished(trial, best);
                progress.progress(history.size(), budget.maxTrials(), "Trial " + trial.number() + " "
                        + trial.state().name().toLowerCase() + (Double.isNaN(trial.score()) ? ""
                        : String.format(" with score %.4f", trial.score())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCancelledException("tuning");
        } catch (ExecutionException e) {
            throw new WorkbenchException("A tuning trial crashed: " + e.getCause(), e.getCause());
        } finally {
            executor.shutdownNow();
        }
        cancel.throwIfCancelled("tuning after " + history.size() + " trials");
        return new TuningResult(history, Optional.ofNullable(best), Duration.ofNanos(System.nanoTime() - start));
    }

    private static Trial runTrial(int number, ParameterValues values, TrialObjective objective, MedianPruner pruner,
                                  CancellationToken cancel) {
        long t0 = System.nanoTime();
        List<Double> scores = new ArrayList<>();
        double sum = 0;
        try {
            for (int fold = 0; fold < objective.folds(); fold++) {
                if (cancel.isCancelled()) {
                    return trial(number, values, TrialState.FAILED, scores, t0, "cancelled");
                }
                double s = objective.score(values, fold);
                scores.add(s);
                sum += s;
                boolean last = fold == objective.folds() - 1;
                if (pruner != null && pruner.report(fold, sum / scores.size()) && !last) {
                    return trial(number, values, TrialState.PRUNED, scores, t0, "");
                }
            }
            return trial(number, values, TrialState.COMPLETE, scores, t0, "");
        } catch (OperationCancelledException e) {
            return trial(number, values, TrialState.FAILED, scores, t0, "cancelled");
        } catch (RuntimeException e) {
            return trial(number, values, TrialState.FAILED, List.of(), t0, String.valueOf(e.getMessage()));
        }
    }

    private static Trial trial(int number, ParameterValues values, TrialState state, List<Double> scores, long t0,
                               String error) {
        double score = scores.isEmpty() || state == TrialState.FAILED ? Double.NaN
                : scores.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new Trial(number, values, state, score, scores, (System.nanoTime() - t0) / 1e9, error);
    }
}
