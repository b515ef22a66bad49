package io.mlworkbench.engine.training.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AlgorithmCatalogTest {

    private final AlgorithmCatalog catalog = AlgorithmCatalog.standard();

    private Stream<AlgorithmSpec> all() {
        return Stream.concat(catalog.specs(TaskType.CLASSIFICATION).stream(),
                catalog.specs(TaskType.REGRESSION).stream());
    }

    @Test
    void offersTheIssuesAlgorithmsWithUniqueIds() {
        assertThat(catalog.specs(TaskType.CLASSIFICATION)).extracting(AlgorithmSpec::id).containsExactly(
                "logistic_regression", "linear_svm", "decision_tree", "random_forest", "gradient_boosting",
                "k_nearest_neighbours", "naive_bayes");
        assertThat(catalog.specs(TaskType.REGRESSION)).extracting(AlgorithmSpec::id).containsExactly(
                "linear_regression", "decision_tree_regressor", "random_forest_regressor",
                "gradient_boosting_regressor");
    }

    @Test
    void everyParameterIsDeclaredWithADescriptionAndAValidDefault() {
        all().forEach(spec -> {
            assertThat(spec.parameters()).as(spec.id()).isNotEmpty();
            spec.parameters().forEach(p -> {
                assertThat(p.description()).as(spec.id() + "." + p.name()).isNotBlank();
                assertThat(p.validate(p.defaultValue())).isEqualTo(p.defaultValue());
            });
            assertThat(spec.defaults().values()).hasSameSizeAs(spec.parameters());
        });
    }

    @Test
    void unitIntervalMappingRoundTripsForEveryParameter() {
        all().flatMap(s -> s.parameters().stream()).forEach(p -> {
            for (double u : new double[] {0, 0.13, 0.5, 0.77, 1}) {
                Object v = p.fromUnit(u);
                Object back = p.fromUnit(p.toUnit(v));
                if (p instanceof DecimalParameter) {
                    assertThat((Double) back).as(p.name() + " at " + u).isCloseTo((Double) v,
                            org.assertj.core.api.Assertions.within(1e-9));
                } else {
                    assertThat(back).as(p.name() + " at " + u).isEqualTo(v);
                }
                assertThat(p.validate(v)).isEqualTo(v);
            }
        });
    }

    @Test
    void parsesCommandLineTextAndRejectsOutOfRangeValuesNamingTheRange() {
        AlgorithmSpec forest = catalog.spec("random_forest");
        assertThat(forest.resolve(Map.of("numTrees", "250")).intValue("numTrees")).isEqualTo(250);
        assertThatThrownBy(() -> forest.resolve(Map.of("numTrees", "5")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("'numTrees'").hasMessageContaining("[10, 1000]");
        assertThatThrownBy(() -> forest.resolve(Map.of("numTrees", "many")))
                .hasMessageContaining("got 'many'");
        assertThatThrownBy(() -> catalog.spec("decision_tree").resolve(Map.of("impurity", "chaos")))
                .hasMessageContaining("one of [gini, entropy]");
    }

    @Test
    void unknownAlgorithmListsTheKnownOnes() {
        assertThatThrownBy(() -> catalog.spec("svm")).hasMessageContaining("Unknown algorithm 'svm'")
                .hasMessageContaining("linear_svm");
    }

    @Test
    void gridValuesStayInRangeAndIncludeTheEnds() {
        IntegerParameter depth = new IntegerParameter("d", 2, 10, 4, false, "depth");
        assertThat(depth.grid(3)).containsExactly(2, 6, 10);
        DecimalParameter rate = new DecimalParameter("r", 0.01, 1.0, 0.1, true, "rate");
        assertThat(rate.grid(3)).hasSize(3).allSatisfy(v -> assertThat((Double) v).isBetween(0.01, 1.0));
        assertThat((Double) rate.grid(3).get(1)).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(new ChoiceParameter("c", List.of("a", "b"), "a", "c").grid(5)).containsExactly("a", "b");
    }

    @Test
    void displayNameFallsBackToTheIdForAnAlgorithmThisBuildDoesNotKnow() {
        assertThat(catalog.displayName("random_forest")).isEqualTo("Random forest");
        assertThat(catalog.displayName("lightgbm")).isEqualTo("lightgbm");
    }

    @Test
    void requireForNamesTheAlgorithmsOfTheOtherTaskAndTheOnesToChooseFrom() {
        catalog.requireFor(TaskType.CLASSIFICATION, List.of("decision_tree", "random_forest"));

        assertThatThrownBy(() -> catalog.requireFor(TaskType.REGRESSION,
                        List.of("linear_regression", "random_forest")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("[random_forest] is not for regression; choose from [linear_regression");
        assertThatThrownBy(() -> catalog.requireFor(TaskType.REGRESSION,
                        List.of("knn")))
                .hasMessageContaining("Unknown algorithm 'knn'");
    }
}
