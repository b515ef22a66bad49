package io.mlworkbench.engine.features.expression;

import java.util.List;

/** The syntax tree of an expression, before it is checked against columns. */
sealed interface Ast {

    /** @return the 0-based position of the node's first token, for messages */
    int position();

    /** A number literal. */
    record Number(double value, int position) implements Ast {
    }

    /** A text literal. */
    record Text(String value, int position) implements Ast {
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value, int position) implements Ast {
    }

    /** A column reference. */
    record ColumnRef(String name, int position) implements Ast {
    }

    /** {@code -x} or {@code not x}. */
    record Unary(String operator, Ast operand, int position) implements Ast {
    }

    /** {@code a op b}; operators normalised ({@code =}, {@code ==} become {@code ==}; {@code &&} becomes and). */
    record Binary(String operator, Ast left, Ast right, int position) implements Ast {
    }

    /** {@code f(a, b, ...)}. */
    record Call(String function, List<Ast> arguments, int position) implements Ast {
    }
}
