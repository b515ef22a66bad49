package io.mlworkbench.app.cli;

/** The exit codes of {@code workbench}, for scripts and pipelines. */
public final class ExitCode {

    /** Everything worked. */
    public static final int OK = 0;
    /** The command failed for a reason the message explains (bad input, workspace in use, no display…). */
    public static final int FAILURE = 1;
    /** The command line itself was wrong: unknown option or subcommand, missing value. */
    public static final int USAGE = 2;
    /** An unexpected internal error (a bug); the stack trace is printed. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
