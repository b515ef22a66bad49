package io.mlworkbench.engine.features.expression;

import io.mlworkbench.engine.features.expression.CompiledExpression.NumberEval;
import io.mlworkbench.engine.features.expression.CompiledExpression.TextEval;

/**
 * A compiled sub-expression: its kind and the evaluator of that kind (the other is null).
 *
 * @param kind what it yields
 * @param number the evaluator of a NUMBER or BOOLEAN sub-expression
 * @param text the evaluator of a TEXT sub-expression
 */
record TypedEval(ValueKind kind, NumberEval number, TextEval text) {

    static TypedEval number(ValueKind kind, NumberEval eval) {
        return new TypedEval(kind, eval, null);
    }

    static TypedEval text(TextEval eval) {
        return new TypedEval(ValueKind.TEXT, null, eval);
    }

    boolean isText() {
        return kind == ValueKind.TEXT;
    }
}
