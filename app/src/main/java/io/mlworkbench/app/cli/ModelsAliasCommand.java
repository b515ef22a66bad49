package io.mlworkbench.app.cli;

import io.mlworkbench.engine.registry.AliasMove;
import io.mlworkbench.engine.registry.AliasName;
import io.mlworkbench.engine.registry.GateCheck;
import io.mlworkbench.engine.registry.ModelUri;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench models alias set URI ALIAS --reason TEXT}: moves an alias, printing what changes. */
@Command(name = "alias", mixinStandardHelpOptions = true,
        description = "Move an alias: 'alias set models:/churn/3 champion --reason \"beats v2 on AUC\"'.")
public final class ModelsAliasCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private ModelsCommand parent;

    @Parameters(index = "0", paramLabel = "set", description = "The action: set.")
    private String action;

    @Parameters(index = "1", paramLabel = "URI", description = "The version the alias should point at.")
    private String uri;

    @Parameters(index = "2", paramLabel = "ALIAS", description = "The alias, e.g. champion or challenger.")
    private String alias;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; recorded in the audit log.")
    private String reason;

    /** @param context where to write */
    public ModelsAliasCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!"set".equals(action)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "Unknown alias action '" + action + "': expected 'set'");
        }
        ModelUri target = ModelUri.parse(uri);
        AliasName name = new AliasName(alias);
        AliasMove move = parent.withRegistry((services, actor) ->
                services.registry().aliases().move(actor, target, name, reason));
        CliOutput out = context.output();
        String from = move.fromVersion().isPresent() ? "v" + move.fromVersion().getAsInt() : "(none)";
        out.line(move.changes() ? "Moved " + move.modelName() + "@" + move.alias() + ": " + from + " -> v"
                + move.toVersion() : move.modelName() + "@" + move.alias() + " already points at v" + move.toVersion());
        for (GateCheck check : move.decision().checks()) {
            out.line("  " + (check.passed() ? "passed " : "FAILED ") + check.name() + ": " + check.reason());
        }
        return ExitCode.OK;
    }
}
