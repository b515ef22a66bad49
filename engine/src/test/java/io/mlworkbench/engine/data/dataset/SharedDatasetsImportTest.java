package io.mlworkbench.engine.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real developer datasets import with at most the user's choice of options. Skipped when the shared
 * datasets folder is absent (a fresh clone without {@code ../shared}).
 */
class SharedDatasetsImportTest extends RegistryTestBase {

    Path datasets;

    @BeforeEach
    void findDatasets() {
        datasets = Stream.of("../../shared/datasets", "../shared/datasets", "/work/shared/datasets").map(Path::of)
                .filter(p -> Files.isDirectory(p.resolve("adult"))).findFirst().orElse(null);
        Assumptions.assumeTrue(datasets != null, "shared datasets not present");
    }

    @Test
    void adultTrainingAndTestFilesAgreeOnLabelsOnceNormalised() {
        ImportResult train = registry.importFile("adult", datasets.resolve("adult/adult.data"),
                o -> o.withColumnNames(TestRegistry.ADULT_NAMES).withColumnRole("income", ColumnRole.TARGET));
        ImportResult test = registry.importFile("adult-test", datasets.resolve("adult/adult.test"),
                o -> o.withColumnNames(TestRegistry.ADULT_NAMES).withColumn("income",
                        c -> c.withNormaliseLabel(true).withRole(ColumnRole.TARGET)));

        assertThat(train.version().rowCount()).isEqualTo(32_561);
        assertThat(test.version().rowCount()).isEqualTo(16_281);
        Table a = registry.service.loadTable(train.version().id());
        Table b = registry.service.loadTable(test.version().id());
        assertThat(a.column("workclass").missingCount()).isEqualTo(1_836);
        assertThat(a.column("occupation").missingCount()).isEqualTo(1_843);
        assertThat(a.column("native-country").missingCount()).isEqualTo(583);
        assertThat(b.column("workclass").missingCount()).isEqualTo(963);
        assertThat(((StringColumn) a.column("income")).dictionary()).containsExactlyInAnyOrder("<=50K", ">50K");
        assertThat(((StringColumn) b.column("income")).dictionary()).containsExactlyInAnyOrder("<=50K", ">50K");
        assertThat(a.schema().find("age").orElseThrow().type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void bankMarketingImportsWithDefaults() {
        ImportResult r = registry.importFile("bank", datasets.resolve("bank-marketing/bank-full.csv"),
                ImportOptions.defaults());

        assertThat(r.version().rowCount()).isEqualTo(45_211);
        assertThat(r.version().columnCount()).isEqualTo(17);
        assertThat(r.version().schema().target().orElseThrow().name()).isEqualTo("y");
        Table t = registry.service.loadTable(r.version().id());
        assertThat(t.column("job").missingCount()).isZero();
        assertThat(((StringColumn) t.column("y")).dictionary()).containsExactlyInAnyOrder("yes", "no");
    }

    @Test
    void wineQualityImportsWithDefaults() {
        ImportResult red = registry.importFile("red", datasets.resolve("wine-quality/winequality-red.csv"),
                ImportOptions.defaults());
        ImportResult white = registry.importFile("white", datasets.resolve("wine-quality/winequality-white.csv"),
                ImportOptions.defaults());

        assertThat(red.version().rowCount()).isEqualTo(1_599);
        assertThat(white.version().rowCount()).isEqualTo(4_898);
        assertThat(red.version().schema().names()).startsWith("fixed acidity").endsWith("quality");
        assertThat(red.version().schema().target().orElseThrow().name()).isEqualTo("quality");
    }

    @Test
    void irisImportsWithoutHeaderAndBezdekDiffersInTwoRows() {
        List<String> names = List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "class");
        ImportResult iris = registry.importFile("iris", datasets.resolve("iris/iris.data"),
                o -> o.withColumnNames(names).withColumnRole("class", ColumnRole.TARGET));
        ImportResult bezdek = registry.importFile("iris", datasets.resolve("iris/bezdekIris.data"),
                o -> o.withColumnNames(names).withColumnRole("class", ColumnRole.TARGET));

        assertThat(iris.version().rowCount()).isEqualTo(150);
        assertThat(iris.version().schema().column(0).type()).isEqualTo(ColumnType.DECIMAL);
        DatasetDiff diff = bezdek.diff().orElseThrow();
        assertThat(diff.rowsAdded()).isEqualTo(2);
        assertThat(diff.rowsRemoved()).isEqualTo(2);
    }
}
