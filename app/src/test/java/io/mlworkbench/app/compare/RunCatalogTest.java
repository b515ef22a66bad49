package io.mlworkbench.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.training.run.RunMetric;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metric a finished run is listed by is the one its evaluation ranks by. */
class RunCatalogTest {

    private static RunMetric test(String name, double value) {
        return new RunMetric("test", name, 0, value);
    }

    @Test
    void twoClassesAreRankedByRocAuc() {
        assertThat(RunCatalog.primary(List.of(test("accuracy", 0.85), test("roc_auc", 0.91),
                test("precision[no]", 0.9), test("precision[yes]", 0.7)))).isEqualTo("roc_auc 0.9100");
    }

    @Test
    void moreClassesAreRankedByAccuracy() {
        assertThat(RunCatalog.primary(List.of(test("accuracy", 0.9333), test("roc_auc", 0.99),
                test("precision[setosa]", 1.0), test("precision[versicolor]", 0.9),
                test("precision[virginica]", 0.9)))).isEqualTo("accuracy 0.9333");
    }

    @Test
    void regressionIsRankedByRSquared() {
        assertThat(RunCatalog.primary(List.of(test("rmse", 0.7), test("r2", 0.56)))).isEqualTo("r2 0.5600");
    }
}
