package io.mlworkbench.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.profile.ColumnProfile;
import io.mlworkbench.engine.data.profile.DatasetProfile;
import io.mlworkbench.engine.data.profile.DatasetProfiler;
import io.mlworkbench.engine.data.profile.ValueCount;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Profile, suggest and validate on the real Wine Quality and Iris files of {@code ../shared/datasets} (skipped when
 * absent). The files are read by a few lines here, not by the importer: these tests are about profiles and suites.
 * Expected numbers are pandas/numpy's on the same files.
 */
class SharedDatasetsTest {

    private static final Path DATASETS = Path.of(System.getProperty("mlwb.datasets", "../../shared/datasets"));

    private final DatasetProfiler profiler = new DatasetProfiler();
    private final TableValidator validator = new TableValidator(StandardExpectations.catalog());

    @Test
    void profilesRedWineLikePandas() throws IOException {
        DatasetProfile profile = profiler.profile(wine());

        assertThat(profile.rowCount()).isEqualTo(1_599);
        assertThat(profile.duplicateRowCount()).isEqualTo(240);
        assertThat(profile.targetBalance().classes()).containsExactly(new ValueCount("5", 681),
                new ValueCount("6", 638), new ValueCount("7", 199), new ValueCount("4", 53), new ValueCount("8", 18),
                new ValueCount("3", 10));
        ColumnProfile alcohol = profile.column("alcohol").orElseThrow();
        assertThat(alcohol.numeric().quantiles().p50()).isEqualTo(10.2);
        assertThat(alcohol.numeric().quantiles().p99()).isCloseTo(13.4, within(1e-12));
        assertThat(alcohol.numeric().std()).isCloseTo(1.0656675818473946, within(1e-12));
        assertThat(alcohol.histogram().counts()).hasSize(24).startsWith(3L, 4L, 126L, 164L, 255L);
    }

    @Test
    void redWinePassesItsSuggestedSuiteAndABrokenCopyFailsWithRows() throws IOException {
        Table wine = wine();
        List<Rule> suite = suggest(wine);

        assertThat(validator.validate(wine, suite).failures()).isEmpty();

        Table broken = read(DATASETS.resolve("wine-quality/winequality-red.csv"), ";", true,
                (line, fields) -> line == 10 ? fields.set(11, "11") : line == 20 ? fields.set(10, "-1") : null);
        ValidationReport report = validator.validate(broken, suite);
        assertThat(report.failures()).extracting(r -> r.rule().column().orElseThrow())
                .containsExactly("alcohol", "quality");
        assertThat(report.failures()).flatExtracting(r -> r.unexpected().sample())
                .containsExactly(new UnexpectedValue(20, "-1"), new UnexpectedValue(10, "11"));
    }

    @Test
    void irisGetsAValueSetForItsClassesAndCatchesATypo() throws IOException {
        Table iris = iris(null);
        DatasetProfile profile = profiler.profile(iris);
        assertThat(profile.duplicateRowCount()).isEqualTo(3);
        List<Rule> suite = suggest(iris);
        assertThat(suite).filteredOn(r -> r.expectationType().equals(ExpectationNames.IN_SET)).singleElement()
                .satisfies(r -> assertThat(r.argument("value_set"))
                        .isEqualTo(List.of("Iris-setosa", "Iris-versicolor", "Iris-virginica")));

        ValidationReport report = validator.validate(iris("Iris-virginca"), suite);

        assertThat(report.failures()).singleElement()
                .satisfies(r -> assertThat(r.unexpected().sample()).containsExactly(new UnexpectedValue(150,
                        "Iris-virginca")));
    }

    private List<Rule> suggest(Table table) {
        return new SuiteSuggester().suggest(profiler.profile(table)).stream().map(SuggestedRule::rule).toList();
    }

    private static Table wine() throws IOException {
        return read(DATASETS.resolve("wine-quality/winequality-red.csv"), ";", true, (line, fields) -> null);
    }

    private static Table iris(String lastClass) throws IOException {
        return read(DATASETS.resolve("iris/iris.data"), ",", false,
                (line, fields) -> line == 150 && lastClass != null ? fields.set(4, lastClass) : null);
    }

    /** Changes the fields of a 1-based data line before they are stored. */
    private interface Breaker {
        Object apply(int line, List<String> fields);
    }

    /** Reads a small clean delimited file: the last column is the target, whole-number columns INTEGER. */
    private static Table read(Path file, String delimiter, boolean header, Breaker breaker) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared dataset not present: " + file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String> names = new ArrayList<>();
        String[] first = lines.get(0).split(delimiter);
        for (int c = 0; c < first.length; c++) {
            names.add(header ? first[c].replace("\"", "") : "col_" + (c + 1));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = header ? 1 : 0; i < lines.size(); i++) {
            List<String> fields = new ArrayList<>(List.of(lines.get(i).split(delimiter)));
            breaker.apply(rows.size() + 1, fields);
            rows.add(fields);
        }
        List<ColumnBuilder> builders = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            int col = c;
            boolean numeric = rows.stream().allMatch(r -> r.get(col).matches("-?[0-9.]+"));
            boolean whole = rows.stream().allMatch(r -> r.get(col).matches("-?[0-9]+"));
            ColumnType type = !numeric ? ColumnType.CATEGORICAL : whole ? ColumnType.INTEGER : ColumnType.DECIMAL;
            ColumnRole role = c == names.size() - 1 ? ColumnRole.TARGET : ColumnRole.FEATURE;
            ColumnBuilder b = new ColumnBuilder(new ColumnSchema(names.get(c), type, role, Optional.empty()),
                    rows.size());
            for (List<String> r : rows) {
                if (numeric) {
                    b.addNumber(Double.parseDouble(r.get(col)));
                } else {
                    b.addString(r.get(col));
                }
            }
            builders.add(b);
        }
        return Table.of(builders);
    }
}
