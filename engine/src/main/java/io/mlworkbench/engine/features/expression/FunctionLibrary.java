package io.mlworkbench.engine.features.expression;

import io.mlworkbench.engine.features.expression.CompiledExpression.NumberEval;
import io.mlworkbench.engine.features.expression.CompiledExpression.TextEval;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The functions an expression may call. Numeric: {@code log} (natural), {@code log10}, {@code exp}, {@code sqrt},
 * {@code abs}, {@code round}, {@code floor}, {@code ceil}, {@code pow(a, b)}, {@code min(a, ...)},
 * {@code max(a, ...)}. Logic: {@code if(condition, then, else)} (then and else both numbers or both text),
 * {@code is_missing(x)}, {@code coalesce(a, b, ...)} (the first non-missing). Text: {@code length(s)},
 * {@code contains(s, part)}.
 */
final class FunctionLibrary {

    /** The names, for messages and the GUI's help. */
    static final List<String> NAMES = List.of("log", "log10", "exp", "sqrt", "abs", "round", "floor", "ceil", "pow",
            "min", "max", "if", "is_missing", "coalesce", "length", "contains");

    private FunctionLibrary() {
    }

    static TypedEval call(Ast.Call call, ExpressionCompiler compiler) {
        List<Ast> args = call.arguments();
        String f = call.function();
        return switch (f) {
            case "log" -> unary(call, compiler, x -> x > 0 ? Math.log(x) : Double.NaN);
            case "log10" -> unary(call, compiler, x -> x > 0 ? Math.log10(x) : Double.NaN);
            case "exp" -> unary(call, compiler, Math::exp);
            case "sqrt" -> unary(call, compiler, x -> x >= 0 ? Math.sqrt(x) : Double.NaN);
            case "abs" -> unary(call, compiler, Math::abs);
            case "round" -> unary(call, compiler, x -> Double.isNaN(x) ? x : Math.floor(x + 0.5));
            case "floor" -> unary(call, compiler, Math::floor);
            case "ceil" -> unary(call, compiler, Math::ceil);
            case "pow" -> {
                arity(call, compiler, 2, 2);
                NumberEval a = compiler.numeric(args.get(0), "pow");
                NumberEval b = compiler.numeric(args.get(1), "pow");
                yield TypedEval.number(ValueKind.NUMBER, row -> Math.pow(a.eval(row), b.eval(row)));
            }
            case "min", "max" -> extreme(call, compiler, f.equals("max"));
            case "if" -> conditional(call, compiler);
            case "is_missing" -> {
                arity(call, compiler, 1, 1);
                TypedEval x = compiler.any(args.get(0));
                yield x.isText() ? TypedEval.number(ValueKind.BOOLEAN, row -> x.text().eval(row) == null ? 1 : 0)
                        : TypedEval.number(ValueKind.BOOLEAN, row -> Double.isNaN(x.number().eval(row)) ? 1 : 0);
            }
            case "coalesce" -> coalesce(call, compiler);
            case "length" -> {
                arity(call, compiler, 1, 1);
                TextEval s = compiler.text(args.get(0), "length");
                yield TypedEval.number(ValueKind.NUMBER, row -> {
                    String v = s.eval(row);
                    return v == null ? Double.NaN : v.length();
                });
            }
            case "contains" -> {
                arity(call, compiler, 2, 2);
                TextEval s = compiler.text(args.get(0), "contains");
                TextEval part = compiler.text(args.get(1), "contains");
                yield TypedEval.number(ValueKind.BOOLEAN, row -> {
                    String v = s.eval(row);
                    String p = part.eval(row);
                    return v == null || p == null ? Double.NaN : v.contains(p) ? 1 : 0;
                });
            }
            default -> throw compiler.fail(call, "unknown function '" + f + "'; the functions are " + NAMES);
        };
    }

    private static void arity(Ast.Call call, ExpressionCompiler compiler, int min, int max) {
        int n = call.arguments().size();
        if (n < min || n > max) {
            String expected = min == max ? Integer.toString(min) : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " to " + max;
            throw compiler.fail(call, call.function() + "(...) takes " + expected + " argument"
                    + (min == 1 && (max == 1 || max == Integer.MAX_VALUE) ? "" : "s") + ", got " + n);
        }
    }

    private static TypedEval unary(Ast.Call call, ExpressionCompiler compiler, DoubleUnaryOperator f) {
        arity(call, compiler, 1, 1);
        NumberEval x = compiler.numeric(call.arguments().get(0), call.function());
        return TypedEval.number(ValueKind.NUMBER, row -> f.applyAsDouble(x.eval(row)));
    }

    private static TypedEval extreme(Ast.Call call, ExpressionCompiler compiler, boolean max) {
        arity(call, compiler, 1, Integer.MAX_VALUE);
        NumberEval[] xs = call.arguments().stream().map(a -> compiler.numeric(a, call.function()))
                .toArray(NumberEval[]::new);
        return TypedEval.number(ValueKind.NUMBER, row -> {
            double best = xs[0].eval(row);
            for (int i = 1; i < xs.length; i++) {
                double v = xs[i].eval(row);
                best = max ? Math.max(best, v) : Math.min(best, v);
            }
            return best;
        });
    }

    private static TypedEval conditional(Ast.Call call, ExpressionCompiler compiler) {
        arity(call, compiler, 3, 3);
        NumberEval condition = compiler.numeric(call.arguments().get(0), "the condition of if");
        TypedEval then = compiler.any(call.arguments().get(1));
        TypedEval otherwise = compiler.any(call.arguments().get(2));
        if (then.isText() != otherwise.isText()) {
            throw compiler.fail(call, "if(...) must give text in both branches or numbers in both");
        }
        if (then.isText()) {
            return TypedEval.text(row -> {
                double c = condition.eval(row);
                return Double.isNaN(c) ? null : c != 0 ? then.text().eval(row) : otherwise.text().eval(row);
            });
        }
        ValueKind kind = then.kind() == ValueKind.BOOLEAN && otherwise.kind() == ValueKind.BOOLEAN
                ? ValueKind.BOOLEAN : ValueKind.NUMBER;
        return TypedEval.number(kind, row -> {
            double c = condition.eval(row);
            return Double.isNaN(c) ? Double.NaN : c != 0 ? then.number().eval(row) : otherwise.number().eval(row);
        });
    }

    private static TypedEval coalesce(Ast.Call call, ExpressionCompiler compiler) {
        arity(call, compiler, 1, Integer.MAX_VALUE);
        List<TypedEval> xs = call.arguments().stream().map(compiler::any).toList();
        boolean text = xs.get(0).isText();
        if (xs.stream().anyMatch(x -> x.isText() != text)) {
            throw compiler.fail(call, "coalesce(...) needs all text or all numbers");
        }
        if (text) {
            TextEval[] ts = xs.stream().map(TypedEval::text).toArray(TextEval[]::new);
            return TypedEval.text(row -> {
                for (TextEval t : ts) {
                    String v = t.eval(row);
                    if (v != null) {
                        return v;
                    }
                }
                return null;
            });
        }
        NumberEval[] ns = xs.stream().map(TypedEval::number).toArray(NumberEval[]::new);
        ValueKind kind = xs.stream().allMatch(x -> x.kind() == ValueKind.BOOLEAN) ? ValueKind.BOOLEAN
                : ValueKind.NUMBER;
        return TypedEval.number(kind, row -> {
            for (NumberEval n : ns) {
                double v = n.eval(row);
                if (!Double.isNaN(v)) {
                    return v;
                }
            }
            return Double.NaN;
        });
    }
}
