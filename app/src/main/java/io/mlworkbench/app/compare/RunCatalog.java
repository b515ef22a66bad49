package io.mlworkbench.app.compare;

import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.evaluation.ClassificationEvaluation;
import io.mlworkbench.engine.training.run.Experiment;
import io.mlworkbench.engine.training.run.RunMetric;
import io.mlworkbench.engine.training.run.RunStatus;
import io.mlworkbench.engine.training.run.TrainingRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lists the finished runs of every active project, newest first, for the Compare step and the CLI. */
public final class RunCatalog {

    private final ProjectService projects;
    private final TrainingService training;

    /**
     * @param projects the projects
     * @param training the runs
     */
    public RunCatalog(ProjectService projects, TrainingService training) {
        this.projects = projects;
        this.training = training;
    }

    /** @return one choice per finished run, newest first (queries the registry: off the UI thread) */
    public List<RunChoice> finishedRuns() {
        List<RunChoice> choices = new ArrayList<>();
        for (Project project : projects.list()) {
            for (Experiment experiment : training.experiments(project.id())) {
                for (TrainingRun run : training.runs(experiment.id())) {
                    if (run.status() == RunStatus.FINISHED) {
                        choices.add(new RunChoice(run.id(), experiment.name(), run.algorithm(),
                                training.catalog().displayName(run.algorithm()), primary(training.metrics(run.id()))));
                    }
                }
            }
        }
        choices.sort((a, b) -> Long.compare(b.runId(), a.runId()));
        return choices;
    }

    /**
     * @param metrics a run's stored metrics
     * @return its primary test metric as {@code name value}, or empty
     */
    static String primary(List<RunMetric> metrics) {
        Map<String, Double> test = new HashMap<>();
        metrics.stream().filter(m -> "test".equals(m.split())).forEach(m -> test.put(m.name(), m.value()));
        String name;
        if (test.containsKey("r2")) {
            name = "r2";
        } else {
            // Ranked as the evaluation ranks classifiers; per-class precision says how many classes there were.
            int classes = (int) test.keySet().stream().filter(n -> n.startsWith("precision[")).count();
            name = ClassificationEvaluation.primaryMetric(classes, test.getOrDefault("roc_auc", Double.NaN));
        }
        return test.containsKey(name) ? String.format(Locale.ROOT, "%s %.4f", name, test.get(name)) : "";
    }
}
