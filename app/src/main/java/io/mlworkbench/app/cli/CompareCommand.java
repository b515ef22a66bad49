package io.mlworkbench.app.cli;

import io.mlworkbench.app.compare.CompareViewModel;
import io.mlworkbench.app.compare.MetricComparison;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.training.compare.ComparisonResult;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench compare RUN_A RUN_B}: test metrics side by side and whether the difference is real. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two runs: test metrics side by side (* marks the better) and a statistical test.")
public final class CompareCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private WorkbenchCommand root;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "A run id.")
    private long runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "Another run id.")
    private long runB;

    /** @param context where to write */
    public CompareCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceSession session = WorkspaceSession.open(root.workspaceDirectory())) {
            var training = session.training();
            Evaluation a = training.evaluation(runA).test();
            Evaluation b = training.evaluation(runB).test();
            CliOutput out = context.output();
            out.line(String.format(Locale.ROOT, "%-28s %12s %12s", "metric", "run " + runA, "run " + runB));
            Set<String> names = new LinkedHashSet<>(a.metrics().keySet());
            names.addAll(b.metrics().keySet());
            for (String name : names) {
                MetricComparison row = MetricComparison.of(name, List.of(a.metrics().getOrDefault(name, Double.NaN),
                        b.metrics().getOrDefault(name, Double.NaN)));
                out.line(String.format(Locale.ROOT, "%-28s %11.4f%s %11.4f%s", name, row.values().get(0),
                        row.best() == 0 ? "*" : " ", row.values().get(1), row.best() == 1 ? "*" : " "));
            }
            List<ComparisonResult> tests = training.compare(runA, runB);
            if (tests.isEmpty()) {
                out.line("No statistical test applies: the runs need the same test rows or the same CV folds.");
            }
            for (ComparisonResult test : tests) {
                out.line(CompareViewModel.describe(test));
            }
        }
        return ExitCode.OK;
    }
}
