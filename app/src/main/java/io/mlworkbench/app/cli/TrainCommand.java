package io.mlworkbench.app.cli;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.training.RunResult;
import io.mlworkbench.engine.training.TrainingListener;
import io.mlworkbench.engine.training.TrainingRequest;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.TrainingSpec;
import io.mlworkbench.engine.training.TuningRequest;
import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import io.mlworkbench.engine.training.algorithm.InvalidParameterException;
import io.mlworkbench.engine.training.encoding.FeatureEncoder;
import io.mlworkbench.engine.training.evaluation.SplitSpec;
import io.mlworkbench.engine.training.tuning.SearchStrategy;
import io.mlworkbench.engine.training.tuning.Trial;
import io.mlworkbench.engine.training.tuning.TuningBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench train DATASET[@VERSION]}: trains (or tunes) algorithms on an imported dataset version and prints
 * a metric row per model; every run records the dataset version, so {@code runs reproduce} can reload it.
 */
@Command(name = "train", mixinStandardHelpOptions = true, modelTransformer = AlgorithmHelp.class,
        description = {"Train one or more algorithms on a table, printing a metric row as each model finishes",
            "(progress on standard error). Every model is recorded as a run in the workspace."},
        footer = {"", "Example: workbench train adult --target income --algorithm logistic_regression,"
                + "random_forest --param random_forest.trees=50"})
public final class TrainCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private WorkbenchCommand root;

    @Parameters(index = "0", paramLabel = "DATASET[@VERSION]",
            description = {"An imported dataset (see 'workbench datasets'): NAME or PROJECT/NAME, with @N for",
                "version N (default: the latest). Import a file first with 'workbench import FILE'."})
    private String dataset;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The column to predict.")
    private String target;

    @Option(names = "--algorithm", required = true, split = ",", paramLabel = "ID",
            description = "Algorithm ids, comma-separated (listed below).")
    private List<String> algorithms;

    @Option(names = "--param", paramLabel = "ID.NAME=VALUE",
            description = "A hyperparameter value, e.g. random_forest.trees=200 (repeatable; listed below).")
    private List<String> params = new ArrayList<>();

    @Option(names = "--tune", paramLabel = "STRATEGY",
            description = "Tune each algorithm instead: grid, random or tpe.")
    private String tune;

    @Option(names = "--trials", defaultValue = "20", description = "Tuning: trials at most (default ${DEFAULT-VALUE}).")
    private int trials;

    @Option(names = "--minutes", defaultValue = "10", description = "Tuning: minutes at most (default ${DEFAULT-VALUE}).")
    private double minutes;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of split, folds and models (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--cv", defaultValue = "0", description = "Cross-validation folds, 0 for none (default ${DEFAULT-VALUE}).")
    private int cv;

    @Option(names = "--test-fraction", defaultValue = "0.2", description = "Share of rows for testing (default ${DEFAULT-VALUE}).")
    private double testFraction;

    @Option(names = "--time-column", paramLabel = "COLUMN", description = "Split by time: the latest rows are the test rows.")
    private String timeColumn;

    @Option(names = "--experiment",
            description = "The experiment to file runs under (default: NAME@vN → TARGET, or NAME@vN + SET vM → TARGET).")
    private String experiment;

    @Option(names = "--features", paramLabel = "NAME[@VERSION]",
            description = {"Train on the dataset transformed by a fitted feature set version (default: the newest",
                "fitted one); the run records both. See 'workbench features list'."})
    private String features;

    /** @param context where to write */
    public TrainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        DatasetReference reference = DatasetReference.parse(dataset);
        try (WorkspaceSession session = WorkspaceSession.open(root.workspaceDirectory())) {
            TrainingService training = session.training();
            Map<String, Map<String, Object>> values = parameters(training);
            DatasetVersion version = reference.resolve(session);
            Optional<FeatureSetTable> featureTable = Optional.ofNullable(features)
                    .map(f -> FeatureSetTable.materialise(session, f, version, target));
            Table table = featureTable.map(FeatureSetTable::rows)
                    .orElseGet(() -> session.datasets().loadTable(version.id()));
            checkAlgorithms(training, table);
            Project p = session.projects().findOrCreate(session.actor(), version.projectName());
            TrainingSpec spec = new TrainingSpec(Optional.of(target), Optional.empty(), "", Map.of(), seed,
                    new SplitSpec(0.0, testFraction, Optional.ofNullable(timeColumn)), cv, Optional.empty());
            String label = version.datasetName() + "@v" + version.versionNo()
                    + featureTable.map(f -> " + " + f.label()).orElse("");
            TrainingRequest base = new TrainingRequest(p.id(), experiment == null ? label + " → " + target
                    : experiment, Optional.of(version.id()),
                    featureTable.map(f -> f.features().version().id()), spec);
            context.output().error("training on " + label + " (" + table.rowCount() + " rows × "
                    + table.columns().size() + " columns)");
            CliOutput out = context.output();
            out.line(String.format(Locale.ROOT, "%-6s %-24s %-10s %9s %8s", "run", "algorithm", "metric", "value",
                    "seconds"));
            int failed = 0;
            for (String id : algorithms) {
                TrainingRequest request = base.withSpec(spec.withAlgorithm(id)
                        .withParameters(values.getOrDefault(id, Map.of())));
                try {
                    RunResult result = train(training, session, request, table);
                    out.line(RunTable.row(result));
                } catch (WorkbenchException e) {
                    failed++;
                    out.error("workbench: " + id + " failed: " + e.getMessage());
                }
            }
            return failed == 0 ? ExitCode.OK : ExitCode.FAILURE;
        }
    }

    private RunResult train(TrainingService training, WorkspaceSession session, TrainingRequest request,
                            Table table) {
        String id = request.spec().algorithm();
        TrainingListener progress = new TrainingListener() {
            @Override
            public void runStarted(long runId, String algorithm) {
                context.output().error("training " + algorithm + " (run " + runId + ")…");
            }

            @Override
            public void trialFinished(Trial trial, Trial best) {
                context.output().error(String.format(Locale.ROOT, "  %s trial %d: %s %.4f, best %.4f", id,
                        trial.number(), trial.state().name().toLowerCase(Locale.ROOT), trial.score(),
                        best == null ? Double.NaN : best.score()));
            }
        };
        if (tune == null) {
            return training.train(session.actor(), request, table, progress, CancellationToken.never());
        }
        TuningBudget budget = new TuningBudget(trials, Duration.ofMillis(Math.max(1, Math.round(minutes * 60_000))));
        return training.tune(session.actor(), TuningRequest.of(request, strategy(), budget), table, progress,
                CancellationToken.never()).run();
    }

    /** Refuses unknown algorithms, or ones for the other task, before any model is trained. */
    private void checkAlgorithms(TrainingService training, Table table) {
        try {
            training.catalog().requireFor(FeatureEncoder.inferTask(table, target), algorithms);
        } catch (InvalidParameterException e) {
            throw new WorkbenchException("--algorithm " + e.getMessage() + " (target '" + target + "'; nothing was"
                    + " trained)", e);
        }
    }

    private SearchStrategy strategy() {
        for (SearchStrategy s : SearchStrategy.values()) {
            if (s.name().equalsIgnoreCase(tune.strip())) {
                return s;
            }
        }
        throw new WorkbenchException("--tune '" + tune + "' is not a search strategy; expected grid, random or tpe");
    }

    private Map<String, Map<String, Object>> parameters(TrainingService training) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        for (String param : params) {
            int dot = param.indexOf('.');
            int eq = param.indexOf('=');
            if (dot < 1 || eq < dot + 2) {
                throw new WorkbenchException("--param '" + param + "' must look like ID.NAME=VALUE, e.g. "
                        + "random_forest.trees=200");
            }
            String id = param.substring(0, dot);
            String name = param.substring(dot + 1, eq);
            if (!algorithms.contains(id)) {
                throw new WorkbenchException("--param '" + param + "' is for algorithm '" + id
                        + "', which is not in --algorithm " + algorithms);
            }
            AlgorithmSpec spec = training.catalog().spec(id);
            Object value = spec.parameter(name).orElseThrow(() -> new WorkbenchException("--param '" + param
                    + "': algorithm '" + id + "' has no parameter '" + name + "'; its parameters are "
                    + spec.parameters().stream().map(p -> p.name()).toList())).parse(param.substring(eq + 1));
            values.computeIfAbsent(id, k -> new HashMap<>()).put(name, value);
        }
        return values;
    }
}
