package io.mlworkbench.engine.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Types and roles are inferred from a sample, each with evidence a person can check. */
class TypeInferrerTest {

    private static ColumnInference infer(String name, String... values) {
        List<String[]> rows = new ArrayList<>();
        for (String v : values) {
            rows.add(new String[] {v});
        }
        return TypeInferrer.infer(List.of(name), rows).get(0);
    }

    @Test
    void integersWithEvidence() {
        ColumnInference c = infer("age", "39", "50", "38");
        assertThat(c.suggested().type()).isEqualTo(ColumnType.INTEGER);
        assertThat(c.evidence()).contains("all 3 sampled values parse as integers");
    }

    @Test
    void decimalsBooleansAndDates() {
        assertThat(infer("x", "1", "2.5").suggested().type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(infer("x", "true", "FALSE").suggested().type()).isEqualTo(ColumnType.BOOLEAN);
        ColumnInference date = infer("d", "2024-01-31", "2023-12-01");
        assertThat(date.suggested().type()).isEqualTo(ColumnType.DATETIME);
        assertThat(date.suggested().dateTimeFormat()).isEqualTo("yyyy-MM-dd");
        assertThat(date.evidence()).contains("all 2 sampled values match yyyy-MM-dd");
        assertThat(infer("d", "31/01/2024", "13/12/2023").suggested().dateTimeFormat()).isEqualTo("dd/MM/yyyy");
        assertThat(infer("d", "01/31/2024", "12/13/2023").suggested().dateTimeFormat()).isEqualTo("MM/dd/yyyy");
    }

    @Test
    void fewRepeatedLabelsAreCategoricalManyDistinctAreText() {
        List<String> labels = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            labels.add("c" + i % 12);
            text.add("note number " + i);
        }
        ColumnInference cat = infer("kind", labels.toArray(String[]::new));
        assertThat(cat.suggested().type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(cat.evidence()).contains("12 distinct values in 1,000 rows → categorical");
        assertThat(infer("note", text.toArray(String[]::new)).suggested().type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void yesNoStaysCategoricalWithAHint() {
        ColumnInference c = infer("y", "yes", "no", "no");
        assertThat(c.suggested().type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(c.evidence()).anyMatch(e -> e.contains("could also be read as BOOLEAN"));
    }

    @Test
    void missingValuesAreCountedAndAllMissingIsText() {
        ColumnInference c = TypeInferrer.infer(List.of("x"), List.of(new String[] {null}, new String[] {"1"})).get(0);
        assertThat(c.missing()).isEqualTo(1);
        assertThat(c.evidence()).contains("1 of 2 sampled values are missing");
        ColumnInference none = TypeInferrer.infer(List.of("x"), List.<String[]>of(new String[] {null})).get(0);
        assertThat(none.suggested().type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void suggestsIdentifierAndTargetByNameAndUniqueness() {
        List<String[]> rows = List.of(new String[] {"1", "a", "yes"}, new String[] {"2", "b", "no"},
                new String[] {"3", "a", "no"});
        List<ColumnInference> cols = TypeInferrer.infer(List.of("customer_id", "plan", "churn"), rows);
        assertThat(cols).extracting(c -> c.suggested().role())
                .containsExactly(ColumnRole.IDENTIFIER, ColumnRole.FEATURE, ColumnRole.TARGET);
        List<ColumnInference> notUnique = TypeInferrer.infer(List.of("id"), List.of(new String[] {"1"},
                new String[] {"1"}));
        assertThat(notUnique.get(0).suggested().role()).isEqualTo(ColumnRole.FEATURE);
    }
}
