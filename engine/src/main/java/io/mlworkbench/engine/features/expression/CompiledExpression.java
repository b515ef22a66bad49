package io.mlworkbench.engine.features.expression;

import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.RowBuffer;
import java.util.Set;

/**
 * An expression checked against a row layout and compiled into an evaluator tree.
 *
 * <p>Semantics, the same in batch and serving: a missing operand makes the result missing (except in
 * {@code is_missing} and {@code coalesce}); division or remainder by zero, the logarithm or square root of a value
 * out of range and any infinite result are missing; {@code and}/{@code or}/{@code not} treat non-zero as true;
 * text compares only with text ({@code ==}, {@code !=}).
 */
public final class CompiledExpression {

    /** Evaluates to a number. */
    @FunctionalInterface
    interface NumberEval {
        double eval(RowBuffer row);
    }

    /** Evaluates to a label. */
    @FunctionalInterface
    interface TextEval {
        String eval(RowBuffer row);
    }

    private final String text;
    private final ValueKind kind;
    private final NumberEval number;
    private final TextEval label;
    private final Set<String> columns;

    CompiledExpression(String text, ValueKind kind, NumberEval number, TextEval label, Set<String> columns) {
        this.text = text;
        this.kind = kind;
        this.number = number;
        this.label = label;
        this.columns = Set.copyOf(columns);
    }

    /**
     * Parses and checks an expression.
     *
     * @param text the expression, e.g. {@code total_charges / (tenure + 1)}
     * @param input the layout of the rows it will read
     * @return the compiled expression
     * @throws ExpressionException naming the position and the problem
     */
    public static CompiledExpression compile(String text, DatasetSchema input) {
        return new ExpressionCompiler(text, input).compile(ExpressionParser.parse(text));
    }

    /** @return the expression text */
    public String text() {
        return text;
    }

    /** @return what the expression yields */
    public ValueKind kind() {
        return kind;
    }

    /** @return the columns it reads */
    public Set<String> columns() {
        return columns;
    }

    /**
     * @param row a row in the compiled layout
     * @return the value of a NUMBER or BOOLEAN expression, NaN when missing (never infinite)
     */
    public double evaluateNumber(RowBuffer row) {
        double v = number.eval(row);
        return Double.isInfinite(v) ? Double.NaN : v;
    }

    /**
     * @param row a row in the compiled layout
     * @return the value of a TEXT expression, null when missing
     */
    public String evaluateText(RowBuffer row) {
        return label.eval(row);
    }
}
