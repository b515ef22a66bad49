package io.mlworkbench.engine.features.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FitResult;
import io.mlworkbench.engine.features.StepHarness;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.TestTables;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnStepsTest {

    private static final double MAY_3_2024_1030 = Instant.parse("2024-05-03T10:30:00Z").toEpochMilli();

    private final Table table = TestTables.builder()
            .numbers("when", ColumnType.DATETIME, MAY_3_2024_1030, Instant.parse("2024-05-01T00:00:00Z").toEpochMilli())
            .labels("text", "Hello, big world!", "")
            .numbers("age", ColumnType.INTEGER, 45, 30)
            .numbers("income", ColumnType.DECIMAL, 40000, 90000)
            .build();

    @Test
    void extractsDatePartsInUtcAndDaysSinceTheEarliestTrainingDate() {
        FitResult fit = StepHarness.fit(table, null, StepSpec.of("date_parts", "column", "when", "parts",
                List.of("year", "month", "day", "weekday", "hour", "days_since")));
        Map<String, Object> out = fit.pipeline().transformRow(Map.of("when", "2024-05-03T10:30:00Z"));
        assertThat(out).containsEntry("when_year", 2024.0).containsEntry("when_month", 5.0)
                .containsEntry("when_day", 3.0).containsEntry("when_weekday", 5.0).containsEntry("when_hour", 10.0)
                .containsEntry("when_days_since", 2.0).doesNotContainKey("when");
        assertThat(fit.pipeline().transformRow(Map.of()).get("when_year")).isNull();
    }

    @Test
    void readsDatesWrittenAsTextAndMakesUnparseableOnesMissing() {
        Table text = TestTables.builder().labels("d", "2024-01-01", "not a date").build();
        FitResult fit = StepHarness.fit(text, null, StepSpec.of("date_parts", "column", "d", "parts",
                List.of("days_since"), "reference_date", "2023-12-25", "keep_original", true));
        assertThat(TestTables.numbers(fit.training(), "d_days_since")).containsExactly(7, Double.NaN);
        assertThat(fit.pipeline().outputSchema().names()).containsExactly("d", "d_days_since");
        assertThatThrownBy(() -> StepHarness.fit(text, null, StepSpec.of("date_parts", "column", "d",
                "reference_date", "25/12/2023"))).hasMessageContaining("is not a yyyy-MM-dd date");
    }

    @Test
    void derivesNumericAndBooleanColumnsFromExpressions() {
        FitResult fit = StepHarness.fit(table, null, StepSpec.of("derive", "name", "target_group", "expression",
                "age > 40 and income < 50000"));
        assertThat(fit.pipeline().outputSchema().find("target_group").orElseThrow().type())
                .isEqualTo(ColumnType.BOOLEAN);
        assertThat(TestTables.numbers(fit.training(), "target_group")).containsExactly(1, 0);
        assertThat(StepHarness.row(table, StepSpec.of("derive", "name", "r", "expression", "income / age"),
                Map.of("income", 100, "age", 0)).get("r")).isNull();
        assertThatThrownBy(() -> StepHarness.fit(table, null, StepSpec.of("derive", "name", "r", "expression",
                "income /"))).hasMessageContaining("Step 1 (derive): Expression 'income /' at position 9");
    }

    @Test
    void countsCharactersAndTokensOfText() {
        FitResult fit = StepHarness.fit(table, null, StepSpec.of("text_stats", "columns", List.of("text")));
        assertThat(TestTables.numbers(fit.training(), "text_length")).containsExactly(17, 0);
        assertThat(TestTables.numbers(fit.training(), "text_tokens")).containsExactly(3, 0);
        assertThat(fit.pipeline().transformRow(Map.of()).get("text_tokens")).isNull();
    }

    @Test
    void dropsAndRenamesColumns() {
        assertThat(StepHarness.fit(table, null, StepSpec.of("drop", "columns", "text, when")).pipeline()
                .outputSchema().names()).containsExactly("age", "income");
        FitResult renamed = StepHarness.fit(table, null, StepSpec.of("rename", "column", "age", "new_name", "years"));
        assertThat(renamed.pipeline().transformRow(Map.of("age", 7))).containsEntry("years", 7.0);
        assertThatThrownBy(() -> StepHarness.fit(table, null, StepSpec.of("rename", "column", "age", "new_name",
                "income"))).hasMessageContaining("Duplicate column name 'income'");
    }
}
