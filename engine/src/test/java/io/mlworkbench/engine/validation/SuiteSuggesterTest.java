package io.mlworkbench.engine.validation;

import static io.mlworkbench.engine.fixtures.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.profile.DatasetProfiler;
import io.mlworkbench.engine.fixtures.CustomerTables;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuiteSuggesterTest {

    private final Table customers = CustomerTables.generate(5_000, 17);
    private final List<SuggestedRule> suggested = new SuiteSuggester().suggest(new DatasetProfiler().profile(customers));

    private List<SuggestedRule> about(String column) {
        return suggested.stream().filter(s -> column.equals(s.column())).toList();
    }

    private Optional<Rule> rule(String column, String type) {
        return about(column).stream().map(SuggestedRule::rule).filter(r -> r.expectationType().equals(type))
                .findFirst();
    }

    @Test
    void proposesTheColumnSetAndARowCountBand() {
        assertThat(suggested.get(0).rule()).isEqualTo(Rule.of(ExpectationNames.COLUMNS_MATCH_SET, "column_set",
                customers.schema().names(), "exact_match", true).withNotes(suggested.get(0).reason()));
        assertThat(suggested.get(1).rule().kwargs()).containsEntry("min_value", 4_000L).containsEntry("max_value",
                6_250L);
        assertThat(suggested.get(1).reason()).startsWith("5,000 rows now");
    }

    @Test
    void proposesTheTypeOfEveryColumn() {
        assertThat(suggested).filteredOn(s -> s.rule().expectationType().equals(ExpectationNames.OF_TYPE))
                .hasSize(customers.columns().size());
        assertThat(rule("age", ExpectationNames.OF_TYPE).orElseThrow().kwargs()).containsEntry("type_", "INTEGER");
    }

    @Test
    void proposesNotNullWithAReasonForCompleteColumns() {
        SuggestedRule notNull = about("age").stream()
                .filter(s -> s.rule().expectationType().equals(ExpectationNames.NOT_NULL)).findFirst().orElseThrow();

        assertThat(notNull.rule().kwargs()).doesNotContainKey("mostly");
        assertThat(notNull.reason()).isEqualTo("no missing values in 5,000 rows");
        assertThat(notNull.rule().notes()).isEqualTo(notNull.reason());
    }

    @Test
    void proposesMostlySlightlyBelowTheObservedShareWhenAFewValuesAreMissing() {
        double present = 1 - (double) customers.column("income").missingCount() / customers.rowCount();

        double mostly = ((Number) rule("income", ExpectationNames.NOT_NULL).orElseThrow().argument("mostly"))
                .doubleValue();

        assertThat(mostly).isLessThan(present).isGreaterThan(present - 0.02);
    }

    @Test
    void proposesUniqueForTheIdentifierAndNoRange() {
        assertThat(rule("id", ExpectationNames.UNIQUE)).isPresent();
        assertThat(rule("id", ExpectationNames.VALUES_BETWEEN)).isEmpty();
    }

    @Test
    void proposesARangeWithMarginForNumbers() {
        SuggestedRule between = about("age").stream()
                .filter(s -> s.rule().expectationType().equals(ExpectationNames.VALUES_BETWEEN)).findFirst()
                .orElseThrow();

        // observed 18..95: 10% of the range is 7.7 on each side
        assertThat(between.rule().kwargs()).containsEntry("min_value", 10L).containsEntry("max_value", 103L);
        assertThat(between.reason()).isEqualTo("observed range [18, 95]; allow 10 to 103 (10% margin)");
    }

    @Test
    void proposesAValueSetForCategoriesButNotForFreeText() {
        assertThat(rule("city", ExpectationNames.IN_SET).orElseThrow().kwargs().get("value_set"))
                .isEqualTo(CustomerTables.CITIES);
        assertThat(about("city")).anySatisfy(s -> assertThat(s.reason()).startsWith("17 categories"));
        assertThat(about("notes")).extracting(s -> s.rule().expectationType())
                .containsExactly(ExpectationNames.OF_TYPE, ExpectationNames.NOT_NULL);
    }

    @Test
    void proposesAValueSetForFewWholeNumbers() {
        Integer[] quality = IntStream.range(0, 200).map(i -> 3 + i % 7).boxed().toArray(Integer[]::new);
        List<SuggestedRule> rules = new SuiteSuggester().suggest(new DatasetProfiler().profile(
                table().integers("quality", quality).build()));

        assertThat(rules).extracting(s -> s.rule().expectationType()).contains(ExpectationNames.IN_SET)
                .doesNotContain(ExpectationNames.VALUES_BETWEEN);
        assertThat(rules).filteredOn(s -> s.rule().expectationType().equals(ExpectationNames.IN_SET)).singleElement()
                .satisfies(s -> assertThat(s.rule().argument("value_set")).isEqualTo(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L)));
    }

    @Test
    void staysQuietAboutMostlyMissingAndIgnoredColumns() {
        String[] sparse = IntStream.range(0, 100).mapToObj(i -> i % 2 == 0 ? null : "x").toArray(String[]::new);
        Table t = table().labels("sparse", sparse)
                .strings("raw", ColumnType.TEXT, ColumnRole.IGNORE, IntStream.range(0, 100).mapToObj(i -> "r")
                        .toArray(String[]::new))
                .build();

        List<SuggestedRule> rules = new SuiteSuggester().suggest(new DatasetProfiler().profile(t));

        assertThat(rules).noneMatch(s -> "sparse".equals(s.column())
                && s.rule().expectationType().equals(ExpectationNames.NOT_NULL));
        assertThat(rules).noneMatch(s -> "raw".equals(s.column()));
    }

    @Test
    void suggestsASuiteTheProfiledDataPasses() {
        ValidationReport report = new TableValidator(StandardExpectations.catalog()).validate(customers, rules());

        assertThat(report.failures()).isEmpty();
    }

    @Test
    void suggestsASuiteABrokenCopyFailsWithRowLevelEvidence() {
        Table broken = BrokenCopy.of(customers)
                .setNumber("age", 41, 230)
                .setNumber("income", 7, Double.NaN)
                .setLabel("city", 99, "Atlantis")
                .setNumber("id", 1_200, 100_003)
                .build();

        ValidationReport report = new TableValidator(StandardExpectations.catalog()).validate(broken, rules());

        assertThat(report.success()).isFalse();
        assertThat(failure(report, "age", ExpectationNames.VALUES_BETWEEN).unexpected().sample())
                .containsExactly(new UnexpectedValue(42, "230"));
        assertThat(failure(report, "city", ExpectationNames.IN_SET).unexpected().sample())
                .containsExactly(new UnexpectedValue(100, "Atlantis"));
        assertThat(failure(report, "id", ExpectationNames.UNIQUE).unexpected().rows()).containsExactly(4, 1_201);
        assertThat(report.failures()).hasSize(3);
    }

    private List<Rule> rules() {
        return suggested.stream().map(SuggestedRule::rule).toList();
    }

    private static RuleResult failure(ValidationReport report, String column, String type) {
        return report.failures().stream()
                .filter(r -> r.rule().column().orElse("").equals(column) && r.rule().expectationType().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("no failed " + type + " on " + column));
    }

    /** A copy of a table with a few values changed. */
    private static final class BrokenCopy {
        private final Table source;
        private final List<Edit> edits = new ArrayList<>();

        private record Edit(String column, int row, Object value) {
        }

        private BrokenCopy(Table source) {
            this.source = source;
        }

        static BrokenCopy of(Table source) {
            return new BrokenCopy(source);
        }

        BrokenCopy setNumber(String column, int row, double value) {
            edits.add(new Edit(column, row, value));
            return this;
        }

        BrokenCopy setLabel(String column, int row, String value) {
            edits.add(new Edit(column, row, value));
            return this;
        }

        Table build() {
            List<ColumnBuilder> builders = new ArrayList<>();
            for (var column : source.columns()) {
                ColumnSchema schema = column.schema();
                ColumnBuilder b = new ColumnBuilder(schema, column.size());
                for (int r = 0; r < column.size(); r++) {
                    Object value = editAt(schema.name(), r)
                            .orElse(column instanceof NumericColumn n ? (Object) n.get(r) : column.format(r));
                    if (value instanceof Double d) {
                        b.addNumber(d);
                    } else {
                        b.addString((String) value);
                    }
                }
                builders.add(b);
            }
            return Table.of(builders);
        }

        private Optional<Object> editAt(String column, int row) {
            return edits.stream().filter(e -> e.column().equals(column) && e.row() == row).map(Edit::value)
                    .findFirst();
        }
    }
}
