package io.mlworkbench.app.training;

import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import io.mlworkbench.engine.training.run.Experiment;
import io.mlworkbench.engine.training.run.RunMetric;
import io.mlworkbench.engine.training.run.RunStatus;
import io.mlworkbench.engine.training.run.TrainingRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The finished runs a workspace already holds for one project and table, as Results rows, so that a reopened
 * workspace shows its earlier runs. Queries the registry: call it off the UI thread.
 */
final class RunHistory {

    private final TrainingService training;

    /** @param training the runs and their stored evaluations */
    RunHistory(TrainingService training) {
        this.training = training;
    }

    /**
     * @param projectId the project
     * @param choice the table: runs on its dataset version, or for a sample or file (no version) runs without a
     *               version in experiments named after it
     * @return one row per finished run, oldest first
     */
    List<RunRow> finishedRuns(long projectId, DatasetChoice choice) {
        List<RunRow> rows = new ArrayList<>();
        for (Experiment experiment : training.experiments(projectId)) {
            boolean named = experiment.name().startsWith(TrainViewModel.experimentPrefix(choice));
            for (TrainingRun run : training.runs(experiment.id())) {
                if (run.status() == RunStatus.FINISHED && onTable(run, choice, named)) {
                    rows.add(toRow(run));
                }
            }
        }
        rows.sort(Comparator.comparingLong(RunRow::runId));
        return rows;
    }

    private static boolean onTable(TrainingRun run, DatasetChoice choice, boolean named) {
        return choice.versionId().isPresent() ? run.datasetVersionId().equals(choice.versionId())
                : run.datasetVersionId().isEmpty() && named;
    }

    private RunRow toRow(TrainingRun run) {
        Evaluation test = training.evaluation(run.id()).test();
        List<RunMetric> stored = training.metrics(run.id());
        double seconds = stored.stream().filter(m -> "train".equals(m.split()) && "train_seconds".equals(m.name()))
                .mapToDouble(RunMetric::value).findFirst().orElse(Double.NaN);
        boolean tuned = stored.stream().anyMatch(m -> "tuning".equals(m.split()));
        String algorithm = Stream.of(TaskType.values()).flatMap(t -> training.catalog().specs(t).stream())
                .filter(s -> s.id().equals(run.algorithm())).map(AlgorithmSpec::displayName).findFirst().orElse(run.algorithm());
        return new RunRow(run.id(), algorithm, test.primaryMetric(), test.primary(), test.metrics(), seconds, tuned);
    }
}
