package io.mlworkbench.app.cli;

import io.mlworkbench.engine.WorkbenchException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine;

/**
 * Runs the {@code workbench} command line: parses arguments, runs the chosen command and turns its outcome
 * into an exit code. A {@link WorkbenchException} becomes one line on standard error and exit code
 * {@link ExitCode#FAILURE}; a usage error prints the problem and the usage and exits with
 * {@link ExitCode#USAGE}.
 */
public final class WorkbenchCli {

    private final CliContext context;

    /** @param context output, workspace locator and window launcher shared by every command */
    public WorkbenchCli(CliContext context) {
        this.context = context;
    }

    /**
     * @param args the command-line arguments
     * @return the exit code
     */
    public int run(String... args) {
        return commandLine().execute(args);
    }

    /** @return the configured picocli command line (for tests that inspect the command tree) */
    CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(WorkbenchCommand.class, new ContextFactory(context));
        commandLine.setOut(context.output().out());
        commandLine.setErr(context.output().err());
        commandLine.setExitCodeExceptionMapper(failure -> failure instanceof WorkbenchException
                ? ExitCode.FAILURE : ExitCode.INTERNAL_ERROR);
        commandLine.setExecutionExceptionHandler((failure, cmd, parseResult) -> {
            if (failure instanceof WorkbenchException) {
                context.output().error("workbench: " + failure.getMessage());
                return ExitCode.FAILURE;
            }
            throw failure;
        });
        commandLine.setParameterExceptionHandler((failure, args) -> {
            CommandLine cmd = failure.getCommandLine();
            context.output().error("workbench: " + failure.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(failure, cmd.getErr())) {
                context.output().error("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            return ExitCode.USAGE;
        });
        return commandLine;
    }

    /** Builds commands, giving those that ask for it the shared {@link CliContext}. */
    private static final class ContextFactory implements CommandLine.IFactory {

        private final CliContext context;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        ContextFactory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(CliContext.class);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return fallback.create(type);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }
}
