package io.mlworkbench.engine.training.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.training.algorithm.TaskType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

class FeatureEncoderTest {

    /** age (numeric, one missing), city (categorical, one missing), id (identifier), target income. */
    private static Table table() {
        ColumnBuilder age = new ColumnBuilder(ColumnSchema.feature("age", ColumnType.INTEGER), 6);
        ColumnBuilder city = new ColumnBuilder(ColumnSchema.feature("city", ColumnType.CATEGORICAL), 6);
        ColumnBuilder id = new ColumnBuilder(ColumnSchema.feature("id", ColumnType.INTEGER)
                .withRole(ColumnRole.IDENTIFIER), 6);
        ColumnBuilder income = new ColumnBuilder(ColumnSchema.feature("income", ColumnType.CATEGORICAL), 6);
        double[] ages = {20, 30, Double.NaN, 40, 50, 60};
        String[] cities = {"Oslo", "Oslo", "Rome", null, "Oslo", "Lima"};
        for (int i = 0; i < 6; i++) {
            age.addNumber(ages[i]);
            city.addString(cities[i]);
            id.addNumber(i);
            income.addString(i % 2 == 0 ? "<=50K" : ">50K");
        }
        return Table.of(List.of(age, city, id, income));
    }

    private static final int[] TRAIN = {0, 1, 2, 3};

    @Test
    void usesFeatureColumnsOnlyAndOneHotEncodesCategoriesMostFrequentFirst() {
        FeatureEncoding e = new FeatureEncoder().fit(table(), "income", TaskType.CLASSIFICATION, TRAIN, false);
        assertThat(e.inputColumns()).containsExactly("age", "city");
        assertThat(e.columns().get(1).categories()).containsExactly("Oslo", "Rome", FeatureEncoding.MISSING);
        assertThat(e.classLabels()).containsExactly("<=50K", ">50K");
        assertThat(e.columns().get(0).fill()).isEqualTo(30.0);
        assertThat(e.featureNames()).containsExactly("age", "city=Oslo", "city=Rome", "city=__missing__");
        assertThat(e.columnOf("city=Rome")).isEqualTo("city");
    }

    @Test
    void fillsMissingNumbersWithTheMedianAndMapsUnseenCategoriesToNothing() {
        Table t = table();
        FeatureEncoding e = new FeatureEncoder().fit(t, "income", TaskType.CLASSIFICATION, TRAIN, false);
        List<Example<Label>> examples = ExampleFactory.bind(e, t).unlabelled(new int[] {2, 3, 5},
                LabelFactory.UNKNOWN_LABEL);
        assertThat(features(examples.get(0))).isEqualTo(Map.of("age", 30.0, "city=Rome", 1.0));
        assertThat(features(examples.get(1))).isEqualTo(Map.of("age", 40.0, "city=__missing__", 1.0));
        assertThat(features(examples.get(2))).isEqualTo(Map.of("age", 60.0));
    }

    @Test
    void rareCategoriesShareOther() {
        FeatureEncoding e = new FeatureEncoder(1).fit(table(), "income", TaskType.CLASSIFICATION,
                new int[] {0, 1, 2, 5}, false);
        assertThat(e.columns().get(1).categories()).containsExactly("Oslo", FeatureEncoding.OTHER);
    }

    @Test
    void standardisesWhenAsked() {
        FeatureEncoding e = new FeatureEncoder().fit(table(), "income", TaskType.CLASSIFICATION, TRAIN, true);
        EncodedColumn age = e.columns().get(0);
        assertThat(age.center()).isCloseTo(30.0, within(1e-12));
        assertThat(age.scale()).isCloseTo(Math.sqrt(50), within(1e-12));
    }

    @Test
    void bindingATableWithoutAnInputColumnNamesIt() {
        FeatureEncoding e = new FeatureEncoder().fit(table(), "income", TaskType.CLASSIFICATION, TRAIN, false);
        ColumnBuilder other = new ColumnBuilder(ColumnSchema.feature("age", ColumnType.INTEGER), 1);
        other.addNumber(3);
        assertThatThrownBy(() -> ExampleFactory.bind(e, Table.of(List.of(other))))
                .isInstanceOf(EncodingException.class)
                .hasMessageContaining("'city'").hasMessageContaining("[age, city]");
    }

    @Test
    void singleClassTargetIsRefused() {
        assertThatThrownBy(() -> new FeatureEncoder().fit(table(), "income", TaskType.CLASSIFICATION,
                new int[] {0, 2}, false)).hasMessageContaining("only 1 distinct value");
    }

    @Test
    void regressionOnLabelsIsRefused() {
        assertThatThrownBy(() -> new FeatureEncoder().fit(table(), "income", TaskType.REGRESSION, TRAIN, false))
                .hasMessageContaining("regression needs a numeric target");
    }

    private static Map<String, Double> features(Example<Label> example) {
        Map<String, Double> m = new TreeMap<>();
        for (Feature f : example) {
            m.put(f.getName(), f.getValue());
        }
        return m;
    }
}
