package io.mlworkbench.engine.validation;

import static io.mlworkbench.engine.fixtures.TableBuilder.table;
import static io.mlworkbench.engine.validation.ExpectationNames.COLUMNS_MATCH_SET;
import static io.mlworkbench.engine.validation.ExpectationNames.COLUMN_EXISTS;
import static io.mlworkbench.engine.validation.ExpectationNames.DISTINCT_IN_SET;
import static io.mlworkbench.engine.validation.ExpectationNames.MAX_BETWEEN;
import static io.mlworkbench.engine.validation.ExpectationNames.MEAN_BETWEEN;
import static io.mlworkbench.engine.validation.ExpectationNames.MIN_BETWEEN;
import static io.mlworkbench.engine.validation.ExpectationNames.ROW_COUNT_BETWEEN;
import static io.mlworkbench.engine.validation.ExpectationNames.UNIQUE_PROPORTION_BETWEEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table-level and statistic rules; the observed values are what Great Expectations reports. */
class AggregateExpectationsTest {

    private final TableValidator validator = new TableValidator(StandardExpectations.catalog());

    private final Table table = table()
            .integers("age", 20, 30, null, 40, 60)
            .labels("city", "Oslo", "Rome", "Oslo", null, "Lima")
            .instants("at", "2024-01-01T00:00:00Z", null, "2024-03-01T00:00:00Z", null, null)
            .build();

    private RuleResult run(Rule rule) {
        return validator.validate(table, List.of(rule)).results().get(0);
    }

    @Test
    void columnToExistChecksNameAndZeroBasedPosition() {
        assertThat(run(Rule.of(COLUMN_EXISTS, "column", "city")).success()).isTrue();
        assertThat(run(Rule.of(COLUMN_EXISTS, "column", "city", "column_index", 1)).success()).isTrue();
        assertThat(run(Rule.of(COLUMN_EXISTS, "column", "city", "column_index", 0)).success()).isFalse();
        RuleResult missing = run(Rule.of(COLUMN_EXISTS, "column", "zip"));
        assertThat(missing.success()).isFalse();
        assertThat(missing.hasException()).isFalse();
    }

    @Test
    void rowCountIsInclusive() {
        assertThat(run(Rule.of(ROW_COUNT_BETWEEN, "min_value", 5, "max_value", 5)).success()).isTrue();
        RuleResult r = run(Rule.of(ROW_COUNT_BETWEEN, "min_value", 6));
        assertThat(r.success()).isFalse();
        assertThat(r.observed().number()).isEqualTo(5.0);
    }

    @Test
    void columnSetListsExtraAndMissingColumns() {
        RuleResult r = run(Rule.of(COLUMNS_MATCH_SET, "column_set", List.of("city", "age", "zip")));

        assertThat(r.success()).isFalse();
        assertThat(r.observed().values()).containsExactly("age", "city", "at");
        assertThat(r.observed().unexpectedValues()).containsExactly("at");
        assertThat(r.observed().missingValues()).containsExactly("zip");
    }

    @Test
    void columnSetAllowsExtraColumnsWithoutExactMatch() {
        assertThat(run(Rule.of(COLUMNS_MATCH_SET, "column_set", List.of("at", "city", "age"))).success()).isTrue();
        assertThat(run(Rule.of(COLUMNS_MATCH_SET, "column_set", List.of("city"), "exact_match", false)).success())
                .isTrue();
        assertThat(run(Rule.of(COLUMNS_MATCH_SET, "column_set", List.of("city"))).success()).isFalse();
    }

    @Test
    void meanIgnoresMissingValues() {
        RuleResult r = run(Rule.of(MEAN_BETWEEN, "column", "age", "min_value", 37.5, "max_value", 37.5));

        assertThat(r.success()).isTrue();
        assertThat(r.observed().number()).isEqualTo(37.5);
        assertThat(r.missingCount()).isEqualTo(1);
        assertThat(run(Rule.of(MEAN_BETWEEN, "column", "age", "max_value", 37.5, "strict_max", true)).success())
                .isFalse();
    }

    @Test
    void minAndMaxObserveTheExtremes() {
        assertThat(run(Rule.of(MIN_BETWEEN, "column", "age", "min_value", 18, "max_value", 25)).observed().number())
                .isEqualTo(20.0);
        assertThat(run(Rule.of(MAX_BETWEEN, "column", "age", "min_value", 65)).success()).isFalse();
    }

    @Test
    void minAndMaxOfDatesAreShownAsInstants() {
        RuleResult r = run(Rule.of(MAX_BETWEEN, "column", "at", "max_value", "2024-02-01"));

        assertThat(r.success()).isFalse();
        assertThat(r.observed().values()).containsExactly("2024-03-01T00:00:00Z");
    }

    @Test
    void distinctValuesInSetListsTheValuesOutsideAndTheirRows() {
        RuleResult r = run(Rule.of(DISTINCT_IN_SET, "column", "city", "value_set", List.of("Oslo", "Rome", "Paris")));

        assertThat(r.success()).isFalse();
        assertThat(r.observed().values()).containsExactly("Lima", "Oslo", "Rome");
        assertThat(r.observed().unexpectedValues()).containsExactly("Lima");
        assertThat(r.unexpected().rows()).containsExactly(5);
    }

    @Test
    void distinctValuesInSetPassesWhenSomeSetValuesAreAbsent() {
        assertThat(run(Rule.of(DISTINCT_IN_SET, "column", "age", "value_set", List.of(20, 30, 40, 50, 60))).success())
                .isTrue();
    }

    @Test
    void proportionOfUniqueValuesIsDistinctOverNonMissing() {
        RuleResult r = run(Rule.of(UNIQUE_PROPORTION_BETWEEN, "column", "city", "min_value", 0.75, "max_value", 0.75));

        // GX: 3 distinct of 4 non-missing
        assertThat(r.success()).isTrue();
        assertThat(r.observed().number()).isEqualTo(0.75);
    }

    @Test
    void statisticsOfAColumnWithoutValuesFail() {
        Table empty = table().decimals("x", null, null).build();

        RuleResult r = validator.validate(empty, List.of(Rule.of(MEAN_BETWEEN, "column", "x", "min_value", 0)))
                .results().get(0);

        assertThat(r.success()).isFalse();
        assertThat(r.observed()).isNull();
    }
}
