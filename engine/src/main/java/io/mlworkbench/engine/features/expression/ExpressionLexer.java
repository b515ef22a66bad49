package io.mlworkbench.engine.features.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an expression into tokens: numbers ({@code 3}, {@code 2.5e-3}), strings in single or double quotes,
 * identifiers (letters, digits, {@code _}, {@code .}; or any text in backquotes, e.g. {@code `fixed acidity`}),
 * the keywords {@code and or not true false}, operators and parentheses.
 */
final class ExpressionLexer {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "true", "false");
    private static final List<String> OPERATORS = List.of("<=", ">=", "==", "!=", "<>", "&&", "||",
            "<", ">", "=", "+", "-", "*", "/", "%", "^", "!");

    private final String text;
    private int pos;

    private ExpressionLexer(String text) {
        this.text = text;
    }

    /**
     * @param text the expression
     * @return its tokens, ending with an END token
     * @throws ExpressionException at the first character that starts no token
     */
    static List<Token> tokenize(String text) {
        return new ExpressionLexer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "end of expression", 0, pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isDigit(c) || c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
            return number(start);
        }
        if (c == '\'' || c == '"' || c == '`') {
            return quoted(start, c);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '.')) {
                pos++;
            }
            String word = text.substring(start, pos);
            String lower = word.toLowerCase(Locale.ROOT);
            return KEYWORDS.contains(lower) ? new Token(Token.Kind.KEYWORD, lower, 0, start)
                    : new Token(Token.Kind.IDENTIFIER, word, 0, start);
        }
        pos++;
        switch (c) {
            case '(':
                return new Token(Token.Kind.LEFT_PAREN, "(", 0, start);
            case ')':
                return new Token(Token.Kind.RIGHT_PAREN, ")", 0, start);
            case ',':
                return new Token(Token.Kind.COMMA, ",", 0, start);
            default:
                pos--;
        }
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Token.Kind.OPERATOR, op, 0, start);
            }
        }
        throw new ExpressionException(text, start, "unexpected character '" + c + "'");
    }

    private Token number(int start) {
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark;
            }
        }
        String literal = text.substring(start, pos);
        try {
            return new Token(Token.Kind.NUMBER, literal, Double.parseDouble(literal), start);
        } catch (NumberFormatException e) {
            throw new ExpressionException(text, start, "'" + literal + "' is not a number");
        }
    }

    private Token quoted(int start, char quote) {
        pos++;
        StringBuilder content = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                if (pos < text.length() && text.charAt(pos) == quote) {
                    content.append(quote);
                    pos++;
                } else {
                    return new Token(quote == '`' ? Token.Kind.IDENTIFIER : Token.Kind.STRING, content.toString(), 0,
                            start);
                }
            } else {
                content.append(c);
            }
        }
        throw new ExpressionException(text, start, "the " + (quote == '`' ? "column name" : "text")
                + " starting here has no closing " + quote);
    }
}
