package io.mlworkbench.engine.features.expression;

/**
 * One lexical token of an expression.
 *
 * @param kind what kind of token
 * @param text the token's text (for STRING and IDENTIFIER: the unquoted content; for OPERATOR: the symbol;
 *             keywords are lower-cased)
 * @param number the value of a NUMBER token
 * @param position the 0-based position of its first character
 */
record Token(Kind kind, String text, double number, int position) {

    /** Token kinds. */
    enum Kind {
        NUMBER, STRING, IDENTIFIER, KEYWORD, OPERATOR, LEFT_PAREN, RIGHT_PAREN, COMMA, END
    }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }
}
