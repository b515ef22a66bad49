package io.mlworkbench.engine;

/**
 * The one family of expected failures in the workbench: something the user can act on.
 *
 * <p>The message says what was wrong, where (file:line, column, field) and what was expected. The
 * command line prints it as one line; the GUI shows it as the headline of an error dialog; the server
 * turns it into a 4xx answer. Unexpected failures (bugs) are not {@code WorkbenchException}s.
 */
public class WorkbenchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a user-facing message.
     *
     * @param message what went wrong, where and what was expected
     */
    public WorkbenchException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a user-facing message and the low-level cause.
     *
     * @param message what went wrong, where and what was expected
     * @param cause the underlying I/O, SQL or library exception
     */
    public WorkbenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
