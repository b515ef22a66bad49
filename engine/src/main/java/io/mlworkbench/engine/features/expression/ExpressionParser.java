package io.mlworkbench.engine.features.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A recursive-descent parser for derived-column expressions. Precedence, lowest first: {@code or}/{@code ||},
 * {@code and}/{@code &&}, {@code not}/{@code !}, comparisons ({@code < <= > >= == = != <>}, not chained),
 * {@code + -}, {@code * / %}, unary minus, {@code ^} (right-associative), then literals, columns, function calls
 * and parentheses. No script engine, no reflection: only this grammar can be expressed.
 */
final class ExpressionParser {

    /** Deep nesting is refused before it can exhaust the stack. */
    static final int MAX_DEPTH = 200;

    private final String text;
    private final List<Token> tokens;
    private int index;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
        this.tokens = ExpressionLexer.tokenize(text);
    }

    /**
     * @param text the expression
     * @return its syntax tree
     * @throws ExpressionException at the first token that does not fit the grammar
     */
    static Ast parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException(text == null ? "" : text, 0, "the expression is empty");
        }
        ExpressionParser parser = new ExpressionParser(text);
        Ast ast = parser.or();
        Token end = parser.peek();
        if (end.kind() != Token.Kind.END) {
            throw new ExpressionException(text, end.position(), "expected an operator or the end, found '"
                    + end.text() + "'");
        }
        return ast;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private boolean accept(Token.Kind kind, String... texts) {
        Token t = peek();
        for (String s : texts) {
            if (t.is(kind, s)) {
                index++;
                return true;
            }
        }
        return false;
    }

    private Ast or() {
        Ast left = and();
        while (true) {
            int at = peek().position();
            if (accept(Token.Kind.KEYWORD, "or") || accept(Token.Kind.OPERATOR, "||")) {
                left = new Ast.Binary("or", left, and(), at);
            } else {
                return left;
            }
        }
    }

    private Ast and() {
        Ast left = not();
        while (true) {
            int at = peek().position();
            if (accept(Token.Kind.KEYWORD, "and") || accept(Token.Kind.OPERATOR, "&&")) {
                left = new Ast.Binary("and", left, not(), at);
            } else {
                return left;
            }
        }
    }

    private Ast not() {
        int at = peek().position();
        if (accept(Token.Kind.KEYWORD, "not") || accept(Token.Kind.OPERATOR, "!")) {
            return nested(() -> new Ast.Unary("not", not(), at));
        }
        return comparison();
    }

    private Ast comparison() {
        Ast left = additive();
        Token t = peek();
        if (t.kind() == Token.Kind.OPERATOR && List.of("<", "<=", ">", ">=", "==", "=", "!=", "<>")
                .contains(t.text())) {
            index++;
            String op = switch (t.text()) {
                case "=" -> "==";
                case "<>" -> "!=";
                default -> t.text();
            };
            Ast result = new Ast.Binary(op, left, additive(), t.position());
            Token again = peek();
            if (again.kind() == Token.Kind.OPERATOR && List.of("<", "<=", ">", ">=", "==", "=", "!=", "<>")
                    .contains(again.text())) {
                throw new ExpressionException(text, again.position(), "comparisons cannot be chained; use 'and'");
            }
            return result;
        }
        return left;
    }

    private Ast additive() {
        Ast left = multiplicative();
        while (true) {
            Token t = peek();
            if (accept(Token.Kind.OPERATOR, "+", "-")) {
                left = new Ast.Binary(t.text(), left, multiplicative(), t.position());
            } else {
                return left;
            }
        }
    }

    private Ast multiplicative() {
        Ast left = unary();
        while (true) {
            Token t = peek();
            if (accept(Token.Kind.OPERATOR, "*", "/", "%")) {
                left = new Ast.Binary(t.text(), left, unary(), t.position());
            } else {
                return left;
            }
        }
    }

    private Ast unary() {
        int at = peek().position();
        if (accept(Token.Kind.OPERATOR, "-")) {
            return nested(() -> new Ast.Unary("-", unary(), at));
        }
        if (accept(Token.Kind.OPERATOR, "+")) {
            return nested(this::unary);
        }
        return power();
    }

    private Ast power() {
        Ast base = primary();
        Token t = peek();
        if (accept(Token.Kind.OPERATOR, "^")) {
            return nested(() -> new Ast.Binary("^", base, unary(), t.position()));
        }
        return base;
    }

    private Ast primary() {
        Token t = peek();
        index++;
        switch (t.kind()) {
            case NUMBER:
                return new Ast.Number(t.number(), t.position());
            case STRING:
                return new Ast.Text(t.text(), t.position());
            case KEYWORD:
                if (t.text().equals("true") || t.text().equals("false")) {
                    return new Ast.Bool(t.text().equals("true"), t.position());
                }
                break;
            case IDENTIFIER:
                if (peek().kind() == Token.Kind.LEFT_PAREN && text.charAt(t.position()) != '`') {
                    index++;
                    return nested(() -> call(t));
                }
                return new Ast.ColumnRef(t.text(), t.position());
            case LEFT_PAREN:
                Ast inner = nested(this::or);
                expect(Token.Kind.RIGHT_PAREN, "')' to close the '(' at position " + (t.position() + 1));
                return inner;
            default:
                break;
        }
        throw new ExpressionException(text, t.position(), "expected a number, text, column, function or '(',"
                + " found '" + t.text() + "'");
    }

    private Ast call(Token name) {
        List<Ast> args = new ArrayList<>();
        if (!accept(Token.Kind.RIGHT_PAREN, ")")) {
            do {
                args.add(or());
            } while (accept(Token.Kind.COMMA, ","));
            expect(Token.Kind.RIGHT_PAREN, "',' or ')' in the arguments of " + name.text() + "(...)");
        }
        return new Ast.Call(name.text().toLowerCase(Locale.ROOT), args, name.position());
    }

    private void expect(Token.Kind kind, String what) {
        Token t = peek();
        if (t.kind() != kind) {
            throw new ExpressionException(text, t.position(), "expected " + what + ", found '" + t.text() + "'");
        }
        index++;
    }

    private Ast nested(java.util.function.Supplier<Ast> parse) {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException(text, peek().position(), "the expression nests deeper than " + MAX_DEPTH
                    + " levels");
        }
        try {
            return parse.get();
        } finally {
            depth--;
        }
    }
}
