package io.mlworkbench.engine.features.expression;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.expression.CompiledExpression.NumberEval;
import io.mlworkbench.engine.features.expression.CompiledExpression.TextEval;
import java.util.LinkedHashSet;
import java.util.Set;

/** Checks a syntax tree against a row layout (columns exist, kinds fit) and builds its evaluator tree. */
final class ExpressionCompiler {

    private final String source;
    private final DatasetSchema input;
    private final Set<String> columns = new LinkedHashSet<>();

    ExpressionCompiler(String source, DatasetSchema input) {
        this.source = source;
        this.input = input;
    }

    CompiledExpression compile(Ast ast) {
        TypedEval node = node(ast);
        return new CompiledExpression(source, node.kind(), node.number(), node.text(), columns);
    }

    private ExpressionException error(Ast at, String problem) {
        return new ExpressionException(source, at.position(), problem);
    }

    private TypedEval node(Ast ast) {
        if (ast instanceof Ast.Number n) {
            double v = n.value();
            return TypedEval.number(ValueKind.NUMBER, row -> v);
        }
        if (ast instanceof Ast.Bool b) {
            double v = b.value() ? 1 : 0;
            return TypedEval.number(ValueKind.BOOLEAN, row -> v);
        }
        if (ast instanceof Ast.Text t) {
            String v = t.value();
            return TypedEval.text(row -> v);
        }
        if (ast instanceof Ast.ColumnRef c) {
            return column(c);
        }
        if (ast instanceof Ast.Unary u) {
            NumberEval operand = numeric(u.operand(), "'" + u.operator() + "'");
            return u.operator().equals("-") ? TypedEval.number(ValueKind.NUMBER, row -> -operand.eval(row))
                    : TypedEval.number(ValueKind.BOOLEAN, row -> {
                        double v = operand.eval(row);
                        return Double.isNaN(v) ? v : v == 0 ? 1 : 0;
                    });
        }
        if (ast instanceof Ast.Binary b) {
            return binary(b);
        }
        return FunctionLibrary.call((Ast.Call) ast, this);
    }

    private TypedEval column(Ast.ColumnRef c) {
        int slot = input.indexOf(c.name());
        if (slot < 0) {
            throw error(c, "no column '" + c.name() + "'; the columns are " + input.names()
                    + " (put names with spaces or symbols in backquotes: `fixed acidity`)");
        }
        columns.add(c.name());
        ColumnSchema schema = input.column(slot);
        if (!schema.type().isNumericStorage()) {
            return TypedEval.text(row -> row.label(slot));
        }
        return TypedEval.number(schema.type() == ColumnType.BOOLEAN ? ValueKind.BOOLEAN : ValueKind.NUMBER,
                row -> row.number(slot));
    }

    private TypedEval binary(Ast.Binary b) {
        String op = b.operator();
        if (op.equals("==") || op.equals("!=")) {
            TypedEval left = node(b.left());
            TypedEval right = node(b.right());
            if (left.isText() != right.isText()) {
                throw error(b, "'" + op + "' compares text with a number; compare text with text in quotes, e.g."
                        + " contract == 'Two year'");
            }
            boolean equal = op.equals("==");
            if (left.isText()) {
                TextEval l = left.text();
                TextEval r = right.text();
                return TypedEval.number(ValueKind.BOOLEAN, row -> {
                    String a = l.eval(row);
                    String c = r.eval(row);
                    return a == null || c == null ? Double.NaN : a.equals(c) == equal ? 1 : 0;
                });
            }
            NumberEval l = left.number();
            NumberEval r = right.number();
            return TypedEval.number(ValueKind.BOOLEAN, row -> {
                double a = l.eval(row);
                double c = r.eval(row);
                return Double.isNaN(a) || Double.isNaN(c) ? Double.NaN : (a == c) == equal ? 1 : 0;
            });
        }
        NumberEval l = numeric(b.left(), "'" + op + "'");
        NumberEval r = numeric(b.right(), "'" + op + "'");
        return switch (op) {
            case "+" -> TypedEval.number(ValueKind.NUMBER, row -> l.eval(row) + r.eval(row));
            case "-" -> TypedEval.number(ValueKind.NUMBER, row -> l.eval(row) - r.eval(row));
            case "*" -> TypedEval.number(ValueKind.NUMBER, row -> l.eval(row) * r.eval(row));
            case "/" -> TypedEval.number(ValueKind.NUMBER, row -> {
                double d = r.eval(row);
                return d == 0 ? Double.NaN : l.eval(row) / d;
            });
            case "%" -> TypedEval.number(ValueKind.NUMBER, row -> {
                double d = r.eval(row);
                return d == 0 ? Double.NaN : l.eval(row) % d;
            });
            case "^" -> TypedEval.number(ValueKind.NUMBER, row -> Math.pow(l.eval(row), r.eval(row)));
            case "and" -> TypedEval.number(ValueKind.BOOLEAN, row -> logic(l.eval(row), r.eval(row), true));
            case "or" -> TypedEval.number(ValueKind.BOOLEAN, row -> logic(l.eval(row), r.eval(row), false));
            default -> compare(op, l, r);
        };
    }

    private static double logic(double a, double b, boolean and) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        return (and ? a != 0 && b != 0 : a != 0 || b != 0) ? 1 : 0;
    }

    private static TypedEval compare(String op, NumberEval l, NumberEval r) {
        return TypedEval.number(ValueKind.BOOLEAN, row -> {
            double a = l.eval(row);
            double b = r.eval(row);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Double.NaN;
            }
            boolean result = switch (op) {
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                default -> a >= b;
            };
            return result ? 1 : 0;
        });
    }

    /** Compiles a sub-expression that must yield a number or a truth value. */
    NumberEval numeric(Ast ast, String where) {
        TypedEval n = node(ast);
        if (n.isText()) {
            throw error(ast, where + " needs a number, but this is text");
        }
        return n.number();
    }

    /** Compiles a sub-expression that must yield text. */
    TextEval text(Ast ast, String where) {
        TypedEval n = node(ast);
        if (!n.isText()) {
            throw error(ast, where + " needs text, but this is a number");
        }
        return n.text();
    }

    /** Compiles a sub-expression of any kind. */
    TypedEval any(Ast ast) {
        return node(ast);
    }

    ExpressionException fail(Ast at, String problem) {
        return error(at, problem);
    }
}
