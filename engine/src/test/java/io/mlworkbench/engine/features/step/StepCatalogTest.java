package io.mlworkbench.engine.features.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepCatalogTest {

    private final StepCatalog catalog = StepCatalog.standard();

    @Test
    void offersEveryStepOfTheIssueWithADeclarationAFormCanBeBuiltFrom() {
        assertThat(catalog.all()).extracting(StepType::kind).containsExactly("impute", "scale", "one_hot", "ordinal",
                "target_encode", "bin", "log", "power", "clip", "date_parts", "derive", "text_stats", "drop", "rename");
        for (StepType type : catalog.all()) {
            assertThat(type.title()).as(type.kind()).isNotBlank();
            assertThat(type.description()).as(type.kind()).isNotBlank();
            for (ParameterSpec p : type.parameters()) {
                assertThat(p.description()).as(type.kind() + "." + p.name()).isNotBlank();
                assertThat(p.required() || p.defaultValue().isPresent() || p.type() == ParameterType.TEXT
                        || p.type() == ParameterType.TEXTS || p.type() == ParameterType.DECIMALS)
                        .as(type.kind() + "." + p.name() + " has a default or is required").isTrue();
                if (p.type() == ParameterType.CHOICE) {
                    assertThat(p.choices()).contains((String) p.defaultValue().orElseThrow());
                }
            }
        }
    }

    @Test
    void fillsDefaultsAndAcceptsFormText() {
        StepParameters p = StepParameters.check(catalog.find("one_hot").parameters(),
                Map.of("columns", "a, b", "top_k", "5", "other", "no"));
        assertThat(p.texts("columns")).containsExactly("a", "b");
        assertThat(p.integer("top_k")).isEqualTo(5);
        assertThat(p.integer("min_frequency")).isEqualTo(1);
        assertThat(p.bool("other")).isFalse();
    }

    @Test
    void refusesBadValuesNamingTheParameter() {
        List<ParameterSpec> specs = catalog.find("one_hot").parameters();
        assertThatThrownBy(() -> StepParameters.check(specs, Map.of()))
                .hasMessageStartingWith("parameter 'columns' is required");
        assertThatThrownBy(() -> StepParameters.check(specs, Map.of("columns", "a", "top_k", 2.5)))
                .hasMessage("parameter 'top_k' expects a finite whole number, got '2.5'");
        assertThatThrownBy(() -> StepParameters.check(specs, Map.of("columns", "a", "other", "maybe")))
                .hasMessage("parameter 'other' expects true or false, got 'maybe'");
        assertThatThrownBy(() -> StepParameters.check(specs, Map.of("columns", "a", "topk", 3)))
                .hasMessage("unknown parameter 'topk'; the parameters are [columns, top_k, min_frequency, other]");
    }
}
