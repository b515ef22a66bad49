package io.mlworkbench.engine.features.expression;

import io.mlworkbench.engine.WorkbenchException;

/** A derived-column expression cannot be parsed or does not fit its input columns; says where and why. */
public final class ExpressionException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * @param expression the whole expression text
     * @param position the 0-based character position of the problem
     * @param problem what is wrong and what was expected
     */
    public ExpressionException(String expression, int position, String problem) {
        super("Expression '" + expression + "' at position " + (position + 1) + ": " + problem);
        this.position = position;
    }

    /** @return the 0-based character position of the problem */
    public int position() {
        return position;
    }
}
