package io.mlworkbench.app.cli;

import io.mlworkbench.engine.training.RunResult;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import java.util.Locale;

/** Formats runs as rows of the command line's metric tables. */
final class RunTable {

    private RunTable() {
    }

    /**
     * @param result a finished run
     * @return its row: id, algorithm, primary metric, value, seconds
     */
    static String row(RunResult result) {
        Evaluation test = result.outcome().test();
        return String.format(Locale.ROOT, "%-6d %-24s %-10s %9.4f %8.2f", result.run().id(), result.run().algorithm(),
                test.primaryMetric(), test.primary(), result.outcome().trainSeconds());
    }
}
