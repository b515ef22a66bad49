package io.mlworkbench.engine.serving;

import io.mlworkbench.engine.WorkbenchException;
import java.util.OptionalInt;

/**
 * Rows a model cannot score: a column it needs is absent, or a value is of the wrong kind (text that is not a
 * number where the model reads numbers). The message names the row and the column, what was expected and what
 * was found; a server answers it with 400.
 */
public final class ScoringInputException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** The row (1-based), or 0 when the problem is the whole column. */
    private final int row;
    private final String column;

    /**
     * @param row the 1-based row, or 0 when a whole column is wrong or absent
     * @param column the column
     * @param message the whole story: row, column, expected, got
     * @param cause the underlying failure, or null
     */
    public ScoringInputException(int row, String column, String message, Throwable cause) {
        super(message, cause);
        this.row = row;
        this.column = column;
    }

    /** @return the 1-based row, empty when the problem concerns the whole column */
    public OptionalInt row() {
        return row > 0 ? OptionalInt.of(row) : OptionalInt.empty();
    }

    /** @return the column the problem is in */
    public String column() {
        return column;
    }
}
