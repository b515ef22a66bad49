package io.mlworkbench.app.compare;

import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.run.Experiment;
import io.mlworkbench.engine.training.run.RunMetric;
import io.mlworkbench.engine.training.run.RunStatus;
import io.mlworkbench.engine.training.run.TrainingRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lists the finished runs of every active project, newest first, for the Compare step and the CLI. */
public final class RunCatalog {

    private static final List<String> PRIMARY = List.of("roc_auc", "r2", "accuracy");

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
        // As the evaluation ranks runs: ROC AUC only for two classes (per-class precision tells how many).
        long classes = metrics.stream().filter(m -> "test".equals(m.split()) && m.name().startsWith("precision["))
                .count();
        for (String name : PRIMARY) {
            if (name.equals("roc_auc") && classes > 2) {
                continue;
            }
            for (RunMetric m : metrics) {
                if ("test".equals(m.split()) && name.equals(m.name())) {
                    return String.format(Locale.ROOT, "%s %.4f", name, m.value());
                }
            }
        }
        return "";
    }
}
