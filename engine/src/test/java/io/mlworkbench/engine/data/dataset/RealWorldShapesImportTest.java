package io.mlworkbench.engine.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.ingest.ColumnSpec;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small files shaped like the shared datasets (Adult, Bank Marketing, Wine Quality, Iris) import correctly. */
class RealWorldShapesImportTest extends RegistryTestBase {


    @Test
    void sniffsAdultTrainingFileAsHeaderlessCommaSpaceWithQuestionMarks() {
        ImportPreview p = registry.preview(TestRegistry.resource("adult-small.data"), ImportOptions.defaults());

        assertThat(p.options().dialect().delimiter()).isEqualTo(',');
        assertThat(p.options().dialect().trimLeadingSpaces()).isTrue();
        assertThat(p.options().header()).isFalse();
        assertThat(p.options().skipLines()).isZero();
        assertThat(p.sourceColumnNames()).hasSize(15).startsWith("col_1", "col_2");
        assertThat(p.evidence()).anyMatch(e -> e.contains("missing marker '?'"));
        assertThat(p.columns().get(0).suggested().type()).isEqualTo(ColumnType.INTEGER);
        assertThat(p.columns().get(1).suggested().type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(p.rows().get(0).get(1)).isEqualTo("State-gov");
    }

    @Test
    void importsAdultTrainingFileWithUserNamesAndTarget() {
        ImportResult r = registry.importFile("adult", TestRegistry.resource("adult-small.data"),
                o -> o.withColumnNames(TestRegistry.ADULT_NAMES).withColumnRole("income", ColumnRole.TARGET));

        assertThat(r.version().rowCount()).isEqualTo(12);
        assertThat(r.version().schema().target().orElseThrow().name()).isEqualTo("income");
        Table t = registry.service.loadTable(r.version().id());
        assertThat(t.column("workclass").missingCount()).isPositive();
        assertThat(((StringColumn) t.column("income")).dictionary()).containsExactlyInAnyOrder("<=50K", ">50K");
        assertThat(t.column("age").format(0)).isEqualTo("39");
    }

    @Test
    void importsAdultTestFileSkippingJunkLineAndNormalisingLabels() {
        Path test = TestRegistry.resource("adult-small.test");
        ImportPreview p = registry.preview(test, ImportOptions.defaults());
        assertThat(p.options().skipLines()).isEqualTo(1);
        assertThat(p.evidence()).anyMatch(e -> e.contains("junk line"));
        assertThat(p.problems()).anyMatch(e -> e.contains("labels ending in '.'"));

        ImportResult r = registry.importFile("adult-test", test, p.options().withColumnNames(TestRegistry.ADULT_NAMES)
                .withColumn("income", c -> c.withNormaliseLabel(true).withRole(ColumnRole.TARGET)));

        assertThat(r.version().rowCount()).isEqualTo(10);
        Table t = registry.service.loadTable(r.version().id());
        assertThat(((StringColumn) t.column("income")).dictionary()).containsExactlyInAnyOrder("<=50K", ">50K");
    }

    @Test
    void keepsTrailingDotsWithoutTheExplicitOption() {
        ImportResult r = registry.importFile("adult-test", TestRegistry.resource("adult-small.test"),
                o -> o.withColumnNames(TestRegistry.ADULT_NAMES));

        Table t = registry.service.loadTable(r.version().id());
        assertThat(((StringColumn) t.column("income")).dictionary()).containsExactlyInAnyOrder("<=50K.", ">50K.");
    }

    @Test
    void importsBankMarketingWithSemicolonsAndQuotedHeader() {
        Path bank = TestRegistry.resource("bank-small.csv");
        ImportPreview p = registry.preview(bank, ImportOptions.defaults());
        assertThat(p.options().dialect().delimiter()).isEqualTo(';');
        assertThat(p.options().header()).isTrue();
        assertThat(p.sourceColumnNames()).startsWith("age", "job").endsWith("y");
        ColumnSpec y = p.options().columns().get(16);
        assertThat(y.role()).isEqualTo(ColumnRole.TARGET);
        assertThat(y.type()).isEqualTo(ColumnType.CATEGORICAL);

        ImportResult r = registry.importFile("bank", bank, p.options());

        Table t = registry.service.loadTable(r.version().id());
        assertThat(r.version().rowCount()).isEqualTo(14);
        assertThat(t.column("pdays").format(0)).isEqualTo("-1");
        assertThat(t.column("job").format(0)).isEqualTo("unemployed");
        assertThat(t.schema().find("balance").orElseThrow().type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void importsWineQualityWithSemicolonsAndSpacesInNames() {
        ImportPreview p = registry.preview(TestRegistry.resource("wine-small.csv"), ImportOptions.defaults());
        assertThat(p.sourceColumnNames()).startsWith("fixed acidity").endsWith("quality");
        assertThat(p.options().columns().get(0).type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(p.options().columns().get(11).role()).isEqualTo(ColumnRole.TARGET);

        ImportResult r = registry.importFile("wine", TestRegistry.resource("wine-small.csv"), p.options());

        Table t = registry.service.loadTable(r.version().id());
        assertThat(r.version().rowCount()).isEqualTo(12);
        assertThat(t.column("density").format(0)).isEqualTo("0.9978");
        assertThat(t.column("quality").format(0)).isEqualTo("5");
    }

    @Test
    void importsIrisWithoutHeaderIgnoringTheBlankLastLine() {
        ImportPreview p = registry.preview(TestRegistry.resource("iris-small.data"), ImportOptions.defaults());
        assertThat(p.options().header()).isFalse();
        assertThat(p.evidence()).anyMatch(e -> e.contains("no header"));

        ImportResult r = registry.importFile("iris", TestRegistry.resource("iris-small.data"), p.options()
                .withColumnNames(java.util.List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "class"))
                .withColumnRole("class", ColumnRole.TARGET));

        Table t = registry.service.loadTable(r.version().id());
        assertThat(r.version().rowCount()).isEqualTo(12);
        assertThat(r.version().schema().target().orElseThrow().name()).isEqualTo("class");
        Set<String> classes = new HashSet<>(((StringColumn) t.column("class")).dictionary());
        assertThat(classes).containsExactlyInAnyOrder("Iris-setosa", "Iris-versicolor", "Iris-virginica");
    }
}
