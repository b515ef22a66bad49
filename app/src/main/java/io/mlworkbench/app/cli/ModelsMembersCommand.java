package io.mlworkbench.app.cli;

import io.mlworkbench.engine.access.Member;
import io.mlworkbench.engine.access.Role;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code workbench models members [--grant LOGIN --role ROLE | --revoke LOGIN]}: roles in this workspace. */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = "List members and roles; --grant LOGIN --role ROLE or --revoke LOGIN (admins).")
public final class ModelsMembersCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private ModelsCommand parent;

    @Option(names = "--grant", paramLabel = "LOGIN", description = "Give LOGIN the role --role.")
    private String grant;

    @Option(names = "--role", paramLabel = "ROLE", description = "viewer, editor, approver or admin.")
    private String role;

    @Option(names = "--revoke", paramLabel = "LOGIN", description = "Remove LOGIN's role.")
    private String revoke;

    /** @param context where to write */
    public ModelsMembersCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (grant != null && role == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--grant needs --role: viewer, editor, approver or admin");
        }
        List<Member> members = parent.withRegistry((services, actor) -> {
            var service = services.registry().members();
            if (grant != null) {
                service.grant(actor, grant, Role.parse(role));
            }
            if (revoke != null) {
                service.revoke(actor, revoke);
            }
            return service.list(actor);
        });
        for (Member m : members) {
            context.output().line(String.format(Locale.ROOT, "%-20s %-9s granted by %s at %s", m.login(),
                    m.role().storedName(), m.grantedBy(), m.grantedAt()));
        }
        return ExitCode.OK;
    }
}
