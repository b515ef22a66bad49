package io.mlworkbench.engine.features.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FitResult;
import io.mlworkbench.engine.features.StepHarness;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.TestTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CategoricalStepsTest {

    private final Table table = TestTables.builder()
            .labels("c", "a", "a", "a", "b", "b", "c", null)
            .numbers("n", ColumnType.INTEGER, 3, 3, 1, 1, 1, 2, 2)
            .labels("y", "yes", "yes", "no", "no", "no", "no", "no")
            .build();

    @Test
    void oneHotKeepsTheTopCategoriesAndSendsRareAndUnseenToOther() {
        FitResult fit = StepHarness.fit(table, null, StepSpec.of("one_hot", "columns", List.of("c"), "top_k", 2));
        assertThat(fit.pipeline().outputSchema().names()).startsWith("c=a", "c=b", "c=(other)");
        assertThat(TestTables.numbers(fit.training(), "c=(other)")).containsExactly(0, 0, 0, 0, 0, 1, 0);
        assertThat(fit.pipeline().transformRow(Map.of("c", "zzz"))).containsEntry("c=a", 0.0)
                .containsEntry("c=b", 0.0).containsEntry("c=(other)", 1.0);
        assertThat(fit.pipeline().transformRow(Map.of())).containsEntry("c=a", 0.0).containsEntry("c=(other)", 0.0);
    }

    @Test
    void oneHotEncodesNumericCategoriesByTheirText() {
        Map<String, Object> out = StepHarness.row(table, StepSpec.of("one_hot", "columns", List.of("n"), "other",
                false, "min_frequency", 2), Map.of("n", 3.0));
        assertThat(out).containsOnlyKeys("c", "n=1", "n=2", "n=3", "y").containsEntry("n=3", 1.0);
    }

    @Test
    void ordinalUsesAlphabeticalOrGivenOrderAndTheUnknownValue() {
        assertThat(StepHarness.row(table, StepSpec.of("ordinal", "columns", List.of("c")), Map.of("c", "b")).get("c"))
                .isEqualTo(1.0);
        Map<String, Object> ordered = StepHarness.row(table, StepSpec.of("ordinal", "columns", List.of("c"), "order",
                List.of("c", "b", "a"), "unknown_value", 99), Map.of("c", "new"));
        assertThat(ordered.get("c")).isEqualTo(99.0);
        assertThat(StepHarness.row(table, StepSpec.of("ordinal", "columns", List.of("c")), Map.of()).get("c"))
                .isNull();
        assertThatThrownBy(() -> StepHarness.fit(table, null, StepSpec.of("ordinal", "columns", List.of("c"), "order",
                List.of("a")))).hasMessageContaining("training categories missing from 'order': [b, c]");
    }

    @Test
    void targetEncodingStoresSmoothedMeansOfAllTrainingRowsAndThePriorForUnseen() {
        FitResult fit = StepHarness.fit(table, "y", StepSpec.of("target_encode", "columns", List.of("c"),
                "smoothing", 1, "positive_class", "yes"));
        double prior = 2 / 7.0;
        assertThat((Double) fit.pipeline().transformRow(Map.of("c", "a")).get("c"))
                .isCloseTo((2 + prior) / 4, within(1e-12));
        assertThat((Double) fit.pipeline().transformRow(Map.of("c", "unseen")).get("c")).isCloseTo(prior,
                within(1e-12));
        assertThat((Double) fit.pipeline().transformRow(Map.of()).get("c")).isCloseTo(prior, within(1e-12));
    }

    @Test
    void targetEncodingOfTrainingRowsIsOutOfFoldSoAnIdentifierCannotLeakTheTarget() {
        int n = 1000;
        String[] ids = new String[n];
        double[] y = new double[n];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            ids[i] = "customer-" + i;
            y[i] = random.nextBoolean() ? 1 : 0;
        }
        Table t = TestTables.builder().labels("id", ids).numbers("y", ColumnType.INTEGER, y).build();
        FitResult fit = StepHarness.fit(t, "y", StepSpec.of("target_encode", "columns", List.of("id"), "smoothing",
                0.5));
        double[] encoded = TestTables.numbers(fit.training(), "id");
        double naiveHits = 0;
        double oofHits = 0;
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < n; i++) {
            row.put("id", ids[i]);
            double naive = (Double) fit.pipeline().transformRow(row).get("id");
            naiveHits += (naive > 0.5) == (y[i] == 1) ? 1 : 0;
            oofHits += (encoded[i] > 0.5) == (y[i] == 1) ? 1 : 0;
        }
        assertThat(naiveHits / n).as("in-sample encoding reveals each row's own target").isEqualTo(1.0);
        assertThat(oofHits / n).as("out-of-fold encoding does not").isBetween(0.4, 0.6);
    }

    @Test
    void targetEncodingNeedsATargetAndAPositiveClassForManyClasses() {
        assertThatThrownBy(() -> StepHarness.fit(table, null, StepSpec.of("target_encode", "columns", List.of("c"))))
                .hasMessageContaining("target encoding needs the pipeline's target column");
        Table three = TestTables.builder().labels("c", "a", "b", "c").labels("y", "p", "q", "r").build();
        assertThatThrownBy(() -> StepHarness.fit(three, "y", StepSpec.of("target_encode", "columns", List.of("c"))))
                .hasMessageContaining("has 3 classes in the training rows; set positive_class");
    }
}
