package io.mlworkbench.app.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterTextTest {

    @Test
    void listsRoundTripThroughTextIncludingCommasAndQuotes() {
        List<String> values = List.of("plain", "with, comma", "say \"hi\"", " padded ", "");
        String text = ParameterText.format(values);
        assertThat(text).isEqualTo("plain, \"with, comma\", \"say \"\"hi\"\"\", \" padded \", \"\"");
        assertThat(ParameterText.parse(text, ParameterType.VALUE_LIST, false)).isEqualTo(values);
    }

    @Test
    void blankTextIsAnAbsentArgument() {
        assertThat(ParameterText.parse("  ", ParameterType.NUMBER, false)).isNull();
    }

    @Test
    void boundsAreNumbersOrDateText() {
        assertThat(ParameterText.parse("12", ParameterType.BOUND, false)).isEqualTo(12L);
        assertThat(ParameterText.parse("2.5", ParameterType.BOUND, false)).isEqualTo(2.5);
        assertThat(ParameterText.parse("2024-01-31", ParameterType.BOUND, false)).isEqualTo("2024-01-31");
    }

    @Test
    void rejectsAFractionalWholeNumberNamingWhatWasExpected() {
        assertThatThrownBy(() -> ParameterText.parse("1.5", ParameterType.WHOLE_NUMBER, false))
                .hasMessage("expected a whole number, got \"1.5\"");
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertThatThrownBy(() -> ParameterText.parse("a, \"b", ParameterType.VALUE_LIST, false))
                .hasMessageContaining("not closed");
    }

    @Test
    void summaryLeavesOutTheColumn() {
        Rule rule = Rule.of("expect_column_values_to_be_between", "column", "age", "min_value", 0, "mostly", 0.95);
        assertThat(ParameterText.summary(rule)).isEqualTo("min_value=0, mostly=0.95");
    }
}
