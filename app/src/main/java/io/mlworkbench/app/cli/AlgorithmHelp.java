package io.mlworkbench.app.cli;

import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import io.mlworkbench.engine.training.algorithm.HyperParameter;
import io.mlworkbench.engine.training.algorithm.TaskType;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds every algorithm and its hyperparameters (name, range, default, description — from the declarations)
 * to the footer of {@code workbench train --help}, so the options never drift from the code.
 */
public final class AlgorithmHelp implements CommandLine.IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        List<String> footer = new ArrayList<>(List.of(spec.usageMessage().footer()));
        AlgorithmCatalog catalog = AlgorithmCatalog.standard();
        for (TaskType task : TaskType.values()) {
            footer.add("");
            footer.add(task.name().charAt(0) + task.name().substring(1).toLowerCase() + " algorithms "
                    + "(--algorithm ID, --param ID.NAME=VALUE):");
            for (AlgorithmSpec algorithm : catalog.specs(task)) {
                footer.add("  " + algorithm.id() + "  " + algorithm.displayName());
                for (HyperParameter p : algorithm.parameters()) {
                    footer.add("      " + p.name() + "  " + p.rangeText() + ", default " + p.defaultValue() + ": "
                            + p.description());
                }
            }
        }
        spec.usageMessage().footer(footer.toArray(new String[0]));
        return spec;
    }
}
