package io.mlworkbench.engine.features.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.RowBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledExpressionTest {

    private static final DatasetSchema LAYOUT = new DatasetSchema(List.of(
            ColumnSchema.feature("total_charges", ColumnType.DECIMAL),
            ColumnSchema.feature("tenure", ColumnType.INTEGER),
            ColumnSchema.feature("contract", ColumnType.CATEGORICAL),
            ColumnSchema.feature("fixed acidity", ColumnType.DECIMAL),
            ColumnSchema.feature("is_senior", ColumnType.BOOLEAN)));

    private static RowBuffer row(double total, double tenure, String contract, double acidity) {
        RowBuffer r = new RowBuffer(LAYOUT.size());
        r.setNumber(0, total);
        r.setNumber(1, tenure);
        r.setLabel(2, contract);
        r.setNumber(3, acidity);
        r.setNumber(4, 1);
        return r;
    }

    private static double eval(String expression, RowBuffer row) {
        return CompiledExpression.compile(expression, LAYOUT).evaluateNumber(row);
    }

    @Test
    void computesTheRatioOfTheIssue() {
        assertThat(eval("total_charges / (tenure + 1)", row(100, 3, "x", 0))).isEqualTo(25.0);
    }

    @Test
    void followsArithmeticPrecedenceAndRightAssociativePower() {
        RowBuffer r = row(0, 0, "x", 0);
        assertThat(eval("1 + 2 * 3 - 4 / 2", r)).isEqualTo(5.0);
        assertThat(eval("2 ^ 3 ^ 2", r)).isEqualTo(512.0);
        assertThat(eval("-2 ^ 2", r)).isEqualTo(-4.0);
        assertThat(eval("7 % 4 + 1.5e1", r)).isEqualTo(18.0);
    }

    @Test
    void evaluatesBooleanConditionsAsBooleanKind() {
        CompiledExpression e = CompiledExpression.compile("tenure > 40 and total_charges < 50000", LAYOUT);
        assertThat(e.kind()).isEqualTo(ValueKind.BOOLEAN);
        assertThat(e.evaluateNumber(row(1000, 41, "x", 0))).isEqualTo(1.0);
        assertThat(e.evaluateNumber(row(60000, 41, "x", 0))).isEqualTo(0.0);
        assertThat(eval("not (tenure > 40) or is_senior", row(0, 50, "x", 0))).isEqualTo(1.0);
        assertThat(eval("tenure >= 1 && !(tenure != 1)", row(0, 1, "x", 0))).isEqualTo(1.0);
    }

    @Test
    void comparesTextWithQuotedTextAndReadsBackquotedNames() {
        assertThat(eval("contract == 'Two year' and `fixed acidity` > 7", row(0, 0, "Two year", 7.4))).isEqualTo(1.0);
        assertThat(eval("contract = \"One year\"", row(0, 0, "Two year", 0))).isEqualTo(0.0);
        CompiledExpression label = CompiledExpression.compile("if(tenure > 24, 'long', 'short')", LAYOUT);
        assertThat(label.kind()).isEqualTo(ValueKind.TEXT);
        assertThat(label.evaluateText(row(0, 30, null, 0))).isEqualTo("long");
    }

    @Test
    void callsTheBuiltInFunctions() {
        RowBuffer r = row(-8, 2, "abc def", 0);
        assertThat(eval("abs(total_charges) + max(tenure, 5, 3) - min(1, tenure)", r)).isEqualTo(12.0);
        assertThat(eval("log(exp(2)) + sqrt(16) + round(2.5) + floor(-1.5) + ceil(1.2) + pow(2, 3)", r))
                .isEqualTo(2 + 4 + 3 - 2 + 2 + 8.0);
        assertThat(eval("length(contract) + contains(contract, 'def') + log10(100)", r)).isEqualTo(10.0);
    }

    @Test
    void givesMissingForMissingOperandsAndOutOfDomainValuesNeverAnError() {
        RowBuffer missing = row(Double.NaN, 0, null, 0);
        assertThat(eval("total_charges / (tenure + 1)", missing)).isNaN();
        assertThat(eval("total_charges / tenure", row(5, 0, "x", 0))).isNaN();
        assertThat(eval("log(tenure - 1)", row(0, 1, "x", 0))).isNaN();
        assertThat(eval("exp(1000)", missing)).isNaN();
        assertThat(eval("contract == 'x'", missing)).isNaN();
        assertThat(eval("is_missing(total_charges) + is_missing(contract)", missing)).isEqualTo(2.0);
        assertThat(eval("coalesce(total_charges, tenure, 9)", missing)).isEqualTo(0.0);
        assertThat(eval("if(total_charges > 1, 1, 2)", missing)).isNaN();
    }

    @Test
    void namesThePositionOfASyntaxError() {
        assertThatThrownBy(() -> CompiledExpression.compile("tenure + * 2", LAYOUT))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("Expression 'tenure + * 2' at position 10: expected a number, text, column, function or"
                        + " '(', found '*'");
        assertThatThrownBy(() -> CompiledExpression.compile("(tenure + 1", LAYOUT))
                .hasMessageContaining("expected ')' to close the '(' at position 1, found 'end of expression'");
        assertThatThrownBy(() -> CompiledExpression.compile("contract == 'abc", LAYOUT))
                .hasMessageContaining("position 13: the text starting here has no closing '");
        assertThatThrownBy(() -> CompiledExpression.compile("1 < tenure < 3", LAYOUT))
                .hasMessageContaining("comparisons cannot be chained");
        assertThatThrownBy(() -> CompiledExpression.compile("tenure # 2", LAYOUT))
                .hasMessageContaining("position 8: unexpected character '#'");
    }

    @Test
    void refusesUnknownColumnsFunctionsAndKindMismatches() {
        assertThatThrownBy(() -> CompiledExpression.compile("tenur + 1", LAYOUT))
                .hasMessageContaining("no column 'tenur'");
        assertThatThrownBy(() -> CompiledExpression.compile("contract + 1", LAYOUT))
                .hasMessageContaining("'+' needs a number, but this is text");
        assertThatThrownBy(() -> CompiledExpression.compile("contract == 1", LAYOUT))
                .hasMessageContaining("compares text with a number");
        assertThatThrownBy(() -> CompiledExpression.compile("max()", LAYOUT))
                .hasMessageContaining("max(...) takes at least 1 argument, got 0");
    }

    @Test
    void cannotReachJavaOrAScriptEngine() {
        assertThatThrownBy(() -> CompiledExpression.compile("java.lang.Runtime.getRuntime().exec('rm')", LAYOUT))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("unexpected character '.'");
        assertThatThrownBy(() -> CompiledExpression.compile("exec('rm -rf /')", LAYOUT))
                .hasMessageContaining("unknown function 'exec'");
        assertThatThrownBy(() -> CompiledExpression.compile("System.exit(1)", LAYOUT))
                .hasMessageContaining("unknown function 'system.exit'");
    }

    @Test
    void refusesNestingDeepEnoughToExhaustTheStack() {
        String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
        assertThatThrownBy(() -> CompiledExpression.compile(deep, LAYOUT))
                .hasMessageContaining("nests deeper than 200 levels");
        assertThat(CompiledExpression.compile("(".repeat(50) + "tenure" + ")".repeat(50), LAYOUT).columns())
                .containsExactly("tenure");
    }
}
