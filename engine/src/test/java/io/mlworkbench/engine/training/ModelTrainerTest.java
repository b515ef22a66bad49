package io.mlworkbench.engine.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.encoding.EncodingException;
import io.mlworkbench.engine.training.evaluation.ClassificationEvaluation;
import io.mlworkbench.engine.training.evaluation.RegressionEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribuo.Model;

class ModelTrainerTest {

    private static final Table BINARY = SyntheticTables.classification(800, 2, 11);
    private static final Table MULTI = SyntheticTables.classification(600, 3, 12);
    private static final Table REGRESSION = SyntheticTables.regression(600, 13);
    private final ModelTrainer trainer = new ModelTrainer(AlgorithmCatalog.standard(), 1);

    static List<String> classifiers() {
        return AlgorithmCatalog.standard().specs(TaskType.CLASSIFICATION).stream().map(AlgorithmSpec::id).toList();
    }

    static List<String> regressors() {
        return AlgorithmCatalog.standard().specs(TaskType.REGRESSION).stream().map(AlgorithmSpec::id).toList();
    }

    @ParameterizedTest
    @MethodSource("classifiers")
    void everyClassifierLearnsTheBinarySignal(String algorithm) {
        TrainingOutcome out = trainer.train(BINARY, TrainingSpec.of("label", algorithm), CancellationToken.never());
        ClassificationEvaluation e = (ClassificationEvaluation) out.test();
        assertThat(e.rocAuc()).as(algorithm).isGreaterThan(0.8);
        assertThat(out.importance().columns()).hasSize(4);
        assertThat(out.importance().columns().get(out.importance().columns().size() - 1).column())
                .as("noise matters least for " + algorithm).isIn("noise", "colour", "x1");
    }

    @ParameterizedTest
    @MethodSource("regressors")
    void everyRegressorExplainsMostVariance(String algorithm) {
        TrainingOutcome out = trainer.train(REGRESSION, TrainingSpec.of("y", algorithm), CancellationToken.never());
        assertThat(((RegressionEvaluation) out.test()).r2()).as(algorithm).isGreaterThan(0.7);
    }

    @Test
    void labelsStayExactlyAsInTheData() {
        TrainingOutcome out = trainer.train(MULTI, TrainingSpec.of("label", "gradient_boosting"),
                CancellationToken.never());
        assertThat(out.model().encoding().classLabels()).containsExactly("C", "Iris-setosa", "b");
        assertThat(out.model().predict(MULTI, new int[] {0, 1, 2, 3}))
                .allSatisfy(p -> assertThat(p.label()).isIn("C", "Iris-setosa", "b"));
        assertThat(out.test().primaryMetric()).isEqualTo("accuracy");
        assertThat(out.test().primary()).isGreaterThan(0.7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"random_forest", "gradient_boosting", "logistic_regression", "decision_tree",
        "k_nearest_neighbours", "naive_bayes", "linear_svm"})
    void protobufRoundTripGivesTheSamePredictions(String algorithm) {
        for (Table table : List.of(BINARY, MULTI)) {
            TrainingOutcome out = trainer.train(table, TrainingSpec.of("label", algorithm), CancellationToken.never());
            Model<?> reloaded = TrainedModel.readProtobuf(out.model().toProtobuf());
            TrainedModel copy = new TrainedModel(algorithm, out.model().parameters(), 42, out.model().encoding(),
                    reloaded);
            int[] rows = IntStream.range(0, 100).toArray();
            assertThat(copy.predict(table, rows)).isEqualTo(out.model().predict(table, rows));
        }
    }

    @Test
    void regressionModelsRoundTripThroughProtobuf() {
        for (String algorithm : regressors()) {
            TrainingOutcome out = trainer.train(REGRESSION, TrainingSpec.of("y", algorithm), CancellationToken.never());
            TrainedModel copy = new TrainedModel(algorithm, out.model().parameters(), 42, out.model().encoding(),
                    TrainedModel.readProtobuf(out.model().toProtobuf()));
            int[] rows = IntStream.range(0, 50).toArray();
            assertThat(copy.regress(REGRESSION, rows)).isEqualTo(out.model().regress(REGRESSION, rows));
        }
    }

    @Test
    void sameSeedGivesSameMetrics() {
        TrainingSpec spec = TrainingSpec.of("label", "random_forest").withCvFolds(3);
        TrainingOutcome a = trainer.train(BINARY, spec, CancellationToken.never());
        TrainingOutcome b = trainer.train(BINARY, spec, CancellationToken.never());
        assertThat(b.test().metrics()).isEqualTo(a.test().metrics());
        assertThat(b.cvScores()).hasSize(3).isEqualTo(a.cvScores());
    }

    @Test
    void naiveBayesRejectsNegativeInputsNamingTheColumn() {
        ColumnBuilder x = new ColumnBuilder(ColumnSchema.feature("balance", ColumnType.DECIMAL), 10);
        ColumnBuilder y = new ColumnBuilder(ColumnSchema.feature("y", ColumnType.CATEGORICAL), 10);
        for (int i = 0; i < 10; i++) {
            x.addNumber(i - 3);
            y.addString(i % 2 == 0 ? "a" : "b");
        }
        Table t = Table.of(List.of(x, y));
        assertThatThrownBy(() -> trainer.train(t, TrainingSpec.of("y", "naive_bayes"), CancellationToken.never()))
                .isInstanceOf(EncodingException.class).hasMessageContaining("column 'balance'")
                .hasMessageContaining("non-negative");
    }

    @Test
    void unknownTargetIsNamedWithTheColumnsThatExist() {
        assertThatThrownBy(() -> trainer.train(BINARY, TrainingSpec.of("income", "random_forest"),
                CancellationToken.never()))
                .isInstanceOf(EncodingException.class).hasMessageContaining("'income'").hasMessageContaining("x1");
    }

    @Test
    void regressionAlgorithmOnLabelTargetIsRefused() {
        assertThatThrownBy(() -> trainer.train(BINARY, TrainingSpec.of("label", "linear_regression"),
                CancellationToken.never()))
                .hasMessageContaining("linear_regression").hasMessageContaining("classification");
    }

    @Test
    void unknownParameterIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> trainer.train(BINARY, TrainingSpec.of("label", "random_forest")
                .withParameters(Map.of("trees", 5)), CancellationToken.never()))
                .hasMessageContaining("'trees'").hasMessageContaining("numTrees");
    }

    @Test
    void cancelledTrainingStops() {
        List<String> checked = new ArrayList<>();
        CancellationToken cancel = () -> {
            checked.add("x");
            return true;
        };
        assertThatThrownBy(() -> trainer.train(BINARY, TrainingSpec.of("label", "random_forest"), cancel))
                .isInstanceOf(OperationCancelledException.class);
        assertThat(checked).isNotEmpty();
    }
}
