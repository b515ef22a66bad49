package io.mlworkbench.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleTest {

    @Test
    void normalisesWholeNumbersToLongAndOthersToDouble() {
        Rule r = Rule.of("t", "a", 18, "b", 18.0, "c", 2.5f, "d", new BigDecimal("7.00"), "e", List.of(1, 2.0));

        assertThat(r.kwargs()).containsExactly(Map.entry("a", 18L), Map.entry("b", 18L), Map.entry("c", 2.5),
                Map.entry("d", 7L), Map.entry("e", List.of(1L, 2L)));
    }

    @Test
    void dropsArgumentsSetToNull() {
        Map<String, Object> kwargs = new HashMap<>();
        kwargs.put("column", "a");
        kwargs.put("max_value", null);

        assertThat(new Rule("t", kwargs, null).kwargs()).containsOnlyKeys("column");
        assertThat(Rule.of("t", "column", "a", "min_value", 1).with("min_value", null).kwargs())
                .containsOnlyKeys("column");
    }

    @Test
    void rejectsNonFiniteNumbers() {
        assertThatThrownBy(() -> Rule.of("t", "min_value", Double.NaN))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("parameter 'min_value'");
    }

    @Test
    void rejectsABlankType() {
        assertThatThrownBy(() -> Rule.of(" ")).isInstanceOf(WorkbenchException.class);
    }

    @Test
    void keepsArgumentsInTheOrderGiven() {
        assertThat(Rule.of("t", "z", 1, "a", 2).kwargs().keySet()).containsExactly("z", "a");
    }

    @Test
    void readsItsColumn() {
        assertThat(Rule.of("t", "column", "age").column()).contains("age");
        assertThat(Rule.of("t").column()).isEmpty();
    }
}
