package io.mlworkbench.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.step.FeatureStepException;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineFitterTest {

    private static final double NaN = Double.NaN;

    private final StepCatalog catalog = StepCatalog.standard();
    private final PipelineFitter fitter = new PipelineFitter(catalog);
    private final FeaturePipelineJson json = new FeaturePipelineJson(catalog);

    private final PipelineDefinition definition = PipelineDefinition.of("y", List.of(
            StepSpec.of("impute", "columns", List.of("x"), "strategy", "mean"),
            StepSpec.of("scale", "columns", List.of("x"), "method", "standard"),
            StepSpec.of("one_hot", "columns", List.of("c")),
            StepSpec.of("target_encode", "columns", List.of("city")),
            StepSpec.of("clip", "columns", List.of("z"), "method", "iqr"),
            StepSpec.of("bin", "columns", List.of("z"), "bins", 3)));

    private static Table table(double testValue, String testLabel) {
        return TestTables.builder()
                .numbers("x", ColumnType.DECIMAL, 1, 2, NaN, 3, testValue, testValue)
                .labels("c", "a", "b", "a", null, testLabel, testLabel)
                .labels("city", "p", "q", "p", "q", testLabel, testLabel)
                .numbers("z", ColumnType.INTEGER, 1, 5, 9, 200, testValue, -testValue)
                .numbers("y", ColumnType.INTEGER, 1, 0, 1, 0, testValue > 0 ? 1 : 0, 1)
                .build();
    }

    @Test
    void learnsNothingFromRowsOutsideTheTrainingSelection() {
        int[] training = {0, 1, 2, 3};
        FitResult a = fitter.fit(definition, table(1e6, "zzz"), training, 7, ProgressListener.ignoring(),
                CancellationToken.never());
        FitResult b = fitter.fit(definition, table(-42, "other"), training, 7, ProgressListener.ignoring(),
                CancellationToken.never());
        assertThat(json.write(a.pipeline())).isEqualTo(json.write(b.pipeline()));
        assertThat(TestTables.numbers(a.training(), "x")).containsExactly(TestTables.numbers(b.training(), "x"));
    }

    @Test
    void leaksWhenTheSameStepsAreFittedOnAllRows() {
        FitResult all = fitter.fit(definition, table(1e6, "zzz"), new int[] {0, 1, 2, 3, 4, 5}, 7,
                ProgressListener.ignoring(), CancellationToken.never());
        FitResult trainOnly = fitter.fit(definition, table(1e6, "zzz"), new int[] {0, 1, 2, 3}, 7,
                ProgressListener.ignoring(), CancellationToken.never());
        assertThat(json.write(all.pipeline())).isNotEqualTo(json.write(trainOnly.pipeline()));
    }

    @Test
    void imputesWithTheTrainingMeanAndScalesWithTrainingStatistics() {
        FitResult result = fitter.fit(PipelineDefinition.of("y", definition.steps().subList(0, 1)),
                table(1e6, "zzz"), new int[] {0, 1, 2, 3}, 1, ProgressListener.ignoring(), CancellationToken.never());
        assertThat(TestTables.numbers(result.training(), "x")).containsExactly(1, 2, 2, 3);
        assertThat(result.pipeline().transformRow(Map.of()).get("x")).isEqualTo(2.0);
    }

    @Test
    void passesTheTargetThroughUnchangedAtTheEnd() {
        FitResult result = fitter.fit(definition, table(1, "a"), 3);
        assertThat(result.training().schema().names()).last().isEqualTo("y");
        assertThat(TestTables.numbers(result.training(), "y")).containsExactly(1, 0, 1, 0, 1, 1);
        assertThat(result.pipeline().outputSchema().names()).doesNotContain("y");
    }

    @Test
    void batchOfTheTrainingRowsEqualsTheFitOutputExceptOutOfFoldColumns() {
        Table data = table(1, "a");
        FitResult result = fitter.fit(definition, data, 3);
        Table again = result.pipeline().transform(data);
        for (String column : again.schema().names()) {
            if (!column.equals("city")) {
                assertThat(TestTables.numbers(again, column)).as(column)
                        .containsExactly(TestTables.numbers(result.training(), column));
            }
        }
    }

    @Test
    void refusesAStepThatNamesTheTargetAndSaysWhichStep() {
        PipelineDefinition bad = PipelineDefinition.of("y", List.of(
                StepSpec.of("impute", "columns", List.of("x")),
                StepSpec.of("scale", "columns", List.of("x", "y"))));
        assertThatThrownBy(() -> fitter.fit(bad, table(1, "a"), 1))
                .isInstanceOfSatisfying(FeatureStepException.class, e -> assertThat(e.stepIndex()).isEqualTo(1))
                .hasMessageContaining("Step 2 (scale)").hasMessageContaining("'y' is the pipeline's target");
    }

    @Test
    void refusesUnknownKindsParametersAndColumnsNamingTheStep() {
        assertThatThrownBy(() -> fitter.check(PipelineDefinition.of(null, List.of(StepSpec.of("explode")))))
                .hasMessageContaining("Step 1 (explode): unknown step kind 'explode'");
        assertThatThrownBy(() -> fitter.check(PipelineDefinition.of(null, List.of(
                StepSpec.of("scale", "columns", List.of("x"), "method", "zscore")))))
                .hasMessageContaining("parameter 'method' must be one of [standard, min_max, robust], got 'zscore'");
        assertThatThrownBy(() -> fitter.check(PipelineDefinition.of(null, List.of(
                StepSpec.of("bin", "columns", List.of("x"), "bins", 1)))))
                .hasMessageContaining("parameter 'bins' must be between 2 and 1000, got 1");
        assertThatThrownBy(() -> fitter.fit(PipelineDefinition.of("y", List.of(
                StepSpec.of("scale", "columns", List.of("nope")))), table(1, "a"), 1))
                .hasMessageContaining("Step 1 (scale): no column 'nope'");
        assertThatThrownBy(() -> fitter.fit(PipelineDefinition.of("y", List.of(
                StepSpec.of("scale", "columns", List.of("c")))), table(1, "a"), 1))
                .hasMessageContaining("column 'c' is CATEGORICAL but this step needs numbers");
    }

    @Test
    void stopsWhenCancelled() {
        assertThatThrownBy(() -> fitter.fit(definition, table(1, "a"), new int[] {0, 1}, 1,
                ProgressListener.ignoring(), () -> true)).isInstanceOf(OperationCancelledException.class);
    }

    @Test
    void jsonRoundTripGivesIdenticalOutputs() {
        Table data = table(1, "a");
        FitResult result = fitter.fit(definition, data, 5);
        String text = json.write(result.pipeline());
        FittedPipeline reloaded = json.readFitted(text);
        assertThat(json.write(reloaded)).isEqualTo(text);
        Table a = result.pipeline().transform(data);
        Table b = reloaded.transform(data);
        for (int r = 0; r < data.rowCount(); r++) {
            assertThat(TestTables.row(b, r)).isEqualTo(TestTables.row(a, r));
        }
        assertThat(json.readDefinition(json.write(definition))).isEqualTo(definition);
    }

    @Test
    void rowPathNeverFailsForMissingFieldsOrUnseenCategories() {
        FittedPipeline pipeline = fitter.fit(definition, table(1, "a"), 5).pipeline();
        Map<String, Object> row = new HashMap<>();
        row.put("c", "never-seen");
        row.put("city", null);
        Map<String, Object> out = pipeline.transformRow(row);
        assertThat(out).containsEntry("c=a", 0.0).containsEntry("c=(other)", 1.0);
        assertThat(out.keySet()).containsExactlyElementsOf(pipeline.outputSchema().names());
    }

    @Test
    void rowPathRefusesTextWhereANumberIsNeededNamingTheField() {
        FittedPipeline pipeline = fitter.fit(definition, table(1, "a"), 5).pipeline();
        assertThatThrownBy(() -> pipeline.transformRow(Map.of("x", "ten")))
                .hasMessage("Field 'x' (DECIMAL) expects a number, got 'ten'");
        assertThat(pipeline.transformRow(Map.of("x", " 2.5 ")).get("x"))
                .isEqualTo(pipeline.transformRow(Map.of("x", 2.5)).get("x"));
    }

    @Test
    void batchRefusesATableWithoutAnInputColumn() {
        FittedPipeline pipeline = fitter.fit(definition, table(1, "a"), 5).pipeline();
        Table partial = TestTables.builder().numbers("x", ColumnType.DECIMAL, 1).build();
        assertThatThrownBy(() -> pipeline.transform(partial))
                .hasMessageContaining("The table lacks columns the pipeline reads: [c, city, z]");
    }
}
