package io.mlworkbench.engine.serving;

import static io.mlworkbench.engine.serving.ScoringFixture.ANA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.registry.AliasName;
import io.mlworkbench.engine.registry.ModelNotFoundException;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.ModelVersion;
import io.mlworkbench.engine.registry.PromotionPolicy;
import io.mlworkbench.engine.training.TrainedModel.RowPrediction;
import io.mlworkbench.engine.training.algorithm.TaskType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelScorerTest {

    private final ScoringFixture ws = new ScoringFixture();
    private final Table rows = ScoringFixture.table(200, 5);

    @AfterEach
    void close() {
        ws.close();
    }

    private List<RowPrediction> direct(ModelVersion version, Table table) {
        return ws.training.loadModel(version.runId().getAsLong()).predict(table,
                IntStream.range(0, table.rowCount()).toArray());
    }

    @Test
    void versionUriScoresExactlyLikeTheTrainedModel() {
        ModelVersion v1 = ws.trainAndRegister("churn", "logistic_regression", ScoringFixture.table(300, 7), "churned");

        LoadedModel model = ws.scorer.load(ANA, "models:/churn/1");

        assertThat(model.version().uri()).isEqualTo(ModelUri.ofVersion("churn", 1));
        assertThat(model.task()).isEqualTo(TaskType.CLASSIFICATION);
        assertThat(model.classLabels()).containsExactly("no", "yes");
        assertThat(model.inputSchema().names()).containsExactly("tenure", "charges", "plan");
        List<RowPrediction> scored = model.score(rows);
        assertThat(scored).hasSize(200).isEqualTo(direct(v1, rows));
        assertThat(scored.get(0).scores()).containsOnlyKeys("no", "yes");
    }

    @Test
    void aliasAndLatestUrisScoreTheVersionTheyPointTo() {
        ws.trainAndRegister("churn", "decision_tree", ScoringFixture.table(300, 7), "churned");
        ModelVersion v2 = ws.trainAndRegister("churn", "logistic_regression", ScoringFixture.table(300, 7), "churned");
        ws.registry.aliases().updatePolicy(ANA, new PromotionPolicy(false, false, Optional.empty()));
        ws.registry.aliases().move(ANA, v2.uri(), AliasName.CHAMPION, "better AUC");

        LoadedModel champion = ws.scorer.load(ANA, "models:/churn@champion");
        LoadedModel latest = ws.scorer.load(ANA, "models:/churn/latest");

        assertThat(champion.version().version()).isEqualTo(2);
        assertThat(latest.version().version()).isEqualTo(2);
        assertThat(champion.score(rows)).isEqualTo(direct(v2, rows));
    }

    @Test
    void regressionModelPredictsNumbers() {
        Table data = ScoringFixture.regressionTable(300, 3);
        ModelVersion version = ws.trainAndRegister("spend", "linear_regression", data, "spend");

        LoadedModel model = ws.scorer.load(ANA, "models:/spend/1");
        List<RowPrediction> scored = model.score(data);

        assertThat(model.task()).isEqualTo(TaskType.REGRESSION);
        assertThat(scored).isEqualTo(direct(version, data));
        assertThat(scored.get(0).label()).isNull();
        assertThat(scored.get(0).value()).isBetween(0.0, 200.0);
    }

    @Test
    void servingRowsScoreLikeTheSameRowsInATable() {
        ws.trainAndRegister("churn", "logistic_regression", ScoringFixture.table(300, 7), "churned");
        LoadedModel model = ws.scorer.load(ANA, "models:/churn/1");

        assertThat(model.scoreRows(maps(rows))).isEqualTo(model.score(rows));
    }

    @Test
    void servingRowsAcceptNumericTextAndTreatAbsentFieldsAsMissing() {
        ws.trainAndRegister("churn", "logistic_regression", ScoringFixture.table(300, 7), "churned");
        LoadedModel model = ws.scorer.load(ANA, "models:/churn/1");
        Map<String, Object> missingTenure = new HashMap<>(Map.of("charges", 50.0, "plan", "plus"));
        missingTenure.put("tenure", null);

        List<RowPrediction> scored = model.scoreRows(List.of(Map.of("tenure", "12.5", "charges", 50, "plan", "plus"),
                Map.of("tenure", 12.5, "charges", 50.0, "plan", "plus", "extra", "ignored"),
                Map.of("charges", 50.0, "plan", "plus"), missingTenure));

        assertThat(scored.get(0)).isEqualTo(scored.get(1));
        assertThat(scored.get(2)).isEqualTo(scored.get(3));
    }

    @Test
    void unseenCategoryIsScoredNotRefused() {
        ws.trainAndRegister("churn", "logistic_regression", ScoringFixture.table(300, 7), "churned");
        LoadedModel model = ws.scorer.load(ANA, "models:/churn/1");

        List<RowPrediction> scored = model.scoreRows(List.of(Map.of("tenure", 10, "charges", 60, "plan", "gold")));

        assertThat(scored).singleElement().satisfies(p -> assertThat(p.label()).isIn("no", "yes"));
    }

    @Test
    void tableWithoutAnInputColumnIsRefusedNamingItAndTheExpectedColumns() {
        ws.trainAndRegister("churn", "logistic_regression", ScoringFixture.table(300, 7), "churned");
        LoadedModel model = ws.scorer.load(ANA, "models:/churn/1");
        Table withoutPlan = new Table(new io.mlworkbench.engine.data.DatasetSchema(List.of(
                rows.schema().column(0), rows.schema().column(1))), List.of(rows.column(0), rows.column(1)));

        assertThatThrownBy(() -> model.score(withoutPlan)).isInstanceOf(ScoringInputException.class)
                .hasMessageContaining("lack column 'plan'").hasMessageContaining("models:/churn/1")
                .hasMessageContaining("expected columns [tenure (DECIMAL), charges (DECIMAL), plan (CATEGORICAL)]")
                .satisfies(e -> assertThat(((ScoringInputException) e).column()).isEqualTo("plan"));
    }

    @Test
    void textWhereANumberIsNeededIsRefusedNamingRowAndColumn() {
        ws.trainAndRegister("churn", "logistic_regression", ScoringFixture.table(300, 7), "churned");
        LoadedModel model = ws.scorer.load(ANA, "models:/churn/1");
        ColumnBuilder tenure = new ColumnBuilder(ColumnSchema.feature("tenure", ColumnType.TEXT), 3);
        ColumnBuilder charges = new ColumnBuilder(ColumnSchema.feature("charges", ColumnType.DECIMAL), 3);
        ColumnBuilder plan = new ColumnBuilder(ColumnSchema.feature("plan", ColumnType.CATEGORICAL), 3);
        for (String t : List.of("3", "7.5", "ten")) {
            tenure.addString(t);
            charges.addNumber(40);
            plan.addString("pro");
        }

        assertThatThrownBy(() -> model.score(Table.of(List.of(tenure, charges, plan))))
                .isInstanceOf(ScoringInputException.class)
                .hasMessageContaining("Row 3").hasMessageContaining("'tenure'").hasMessageContaining("a number")
                .hasMessageContaining("got 'ten'");
        assertThatThrownBy(() -> model.scoreRows(List.of(Map.of("tenure", 1), Map.of("tenure", "x"))))
                .isInstanceOf(ScoringInputException.class).hasMessageContaining("Row 2")
                .satisfies(e -> assertThat(((ScoringInputException) e).row()).hasValue(2));
    }

    @Test
    void unknownModelOrVersionIsRefusedSayingWhatExists() {
        ws.trainAndRegister("churn", "logistic_regression", ScoringFixture.table(300, 7), "churned");

        assertThatThrownBy(() -> ws.scorer.load(ANA, "models:/nope/1")).isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("'nope'");
        assertThatThrownBy(() -> ws.scorer.load(ANA, "models:/churn/4")).isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("highest version is 1");
    }

    @Test
    void modelTrainedBehindAFeatureSetRunsThePipelineFirst() {
        Table data = ScoringFixture.table(300, 7);
        ModelVersion version = ws.trainBehindFeatureSet("churn-fs", "logistic_regression", data);

        LoadedModel model = ws.scorer.load(ANA, version.uri());

        assertThat(model.pipeline()).isPresent();
        assertThat(model.inputSchema().names()).containsExactlyInAnyOrder("tenure", "charges", "plan");
        assertThat(model.score(rows)).isEqualTo(direct(version, model.pipeline().get().transform(rows)));
        assertThat(model.scoreRows(maps(rows))).isEqualTo(model.score(rows));
    }

    static List<Map<String, Object>> maps(Table table) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            Map<String, Object> row = new HashMap<>();
            for (var c : table.columns()) {
                Object v = c instanceof io.mlworkbench.engine.data.NumericColumn n
                        ? (n.isMissing(r) ? null : n.get(r)) : ((io.mlworkbench.engine.data.StringColumn) c).get(r);
                row.put(c.schema().name(), v);
            }
            out.add(row);
        }
        return out;
    }
}
