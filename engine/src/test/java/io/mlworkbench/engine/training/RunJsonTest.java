package io.mlworkbench.engine.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.evaluation.ClassificationEvaluation;
import io.mlworkbench.engine.training.evaluation.ClassificationMetrics;
import io.mlworkbench.engine.training.evaluation.ClassificationScores;
import io.mlworkbench.engine.training.evaluation.FeatureImportance;
import io.mlworkbench.engine.training.evaluation.SplitSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunJsonTest {

    @Test
    void specRoundTripsWithEveryParameterExplicit() {
        TrainingSpec spec = new TrainingSpec(Optional.of("churn"), Optional.of(TaskType.CLASSIFICATION),
                "gradient_boosting", Map.of("maxDepth", 4), 7, new SplitSpec(0.1, 0.25, Optional.of("signup")), 5,
                Optional.of("yes"));
        var values = AlgorithmCatalog.standard().spec("gradient_boosting").resolve(spec.parameters());
        TrainingSpec read = RunJson.readSpec(RunJson.spec(spec, values, "churn", TaskType.CLASSIFICATION));
        assertThat(read.target()).contains("churn");
        assertThat(read.seed()).isEqualTo(7);
        assertThat(read.split()).isEqualTo(spec.split());
        assertThat(read.cvFolds()).isEqualTo(5);
        assertThat(read.positiveLabel()).contains("yes");
        assertThat(AlgorithmCatalog.standard().spec("gradient_boosting").resolve(read.parameters())).isEqualTo(values);
    }

    @Test
    void evaluationWithMissingMetricsRoundTrips() {
        double[][] margins = {{-1.0, 1.0}, {2.0, -2.0}, {0.5, -0.5}};
        ClassificationEvaluation e = ClassificationMetrics.evaluate(new ClassificationScores(List.of("a", "b"),
                new int[] {1, 0, 1}, margins, false), null);
        assertThat(e.logLoss()).isNaN();
        EvaluationReport report = new EvaluationReport(e, Optional.empty(), List.of(0.8, 0.9),
                new FeatureImportance("permutation", List.of(new FeatureImportance.ColumnImportance("x", 0.1))));
        EvaluationReport read = RunJson.readEvaluation(RunJson.evaluation(report));
        assertThat(read.test().metrics()).isEqualTo(e.metrics());
        assertThat(((ClassificationEvaluation) read.test()).logLoss()).isNaN();
        assertThat(((ClassificationEvaluation) read.test()).confusion()).isDeepEqualTo(e.confusion());
        assertThat(read.cvScores()).containsExactly(0.8, 0.9);
        assertThat(read.importance()).isEqualTo(report.importance());
    }
}
