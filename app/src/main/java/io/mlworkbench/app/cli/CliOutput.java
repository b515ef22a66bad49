package io.mlworkbench.app.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * Where the command line writes: the one class in the workbench allowed to touch {@code System.out} and
 * {@code System.err}. Tests give it string writers instead.
 */
public final class CliOutput {

    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * @param out where results go
     * @param err where errors go
     */
    public CliOutput(Writer out, Writer err) {
        this.out = out instanceof PrintWriter p ? p : new PrintWriter(out, true);
        this.err = err instanceof PrintWriter p ? p : new PrintWriter(err, true);
    }

    /** @return output to this process's standard output and standard error */
    public static CliOutput system() {
        Charset charset = Charset.defaultCharset();
        return new CliOutput(new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true));
    }

    /** @return the writer for results (also given to picocli for help and version) */
    public PrintWriter out() {
        return out;
    }

    /** @return the writer for errors (also given to picocli for usage errors) */
    public PrintWriter err() {
        return err;
    }

    /**
     * Prints one line of results.
     *
     * @param text the line
     */
    public void line(String text) {
        out.println(text);
        out.flush();
    }

    /**
     * Prints one line on standard error: the whole story of a failure, no stack trace.
     *
     * @param text the line
     */
    public void error(String text) {
        err.println(text);
        err.flush();
    }
}
