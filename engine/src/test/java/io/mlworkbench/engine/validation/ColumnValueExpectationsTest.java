package io.mlworkbench.engine.validation;

import static io.mlworkbench.engine.fixtures.TableBuilder.table;
import static io.mlworkbench.engine.validation.ExpectationNames.IN_SET;
import static io.mlworkbench.engine.validation.ExpectationNames.MATCH_REGEX;
import static io.mlworkbench.engine.validation.ExpectationNames.NOT_NULL;
import static io.mlworkbench.engine.validation.ExpectationNames.OF_TYPE;
import static io.mlworkbench.engine.validation.ExpectationNames.UNIQUE;
import static io.mlworkbench.engine.validation.ExpectationNames.VALUES_BETWEEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Value-by-value rules; the expected numbers are what Great Expectations reports on the same data. */
class ColumnValueExpectationsTest {

    private final TableValidator validator = new TableValidator(StandardExpectations.catalog());

    private final Table numbers = table().integers("n", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null).build();

    private RuleResult run(Table table, Rule rule) {
        return validator.validate(table, List.of(rule)).results().get(0);
    }

    @Test
    void betweenReportsCountsLikeGreatExpectations() {
        RuleResult r = run(numbers, Rule.of(VALUES_BETWEEN, "column", "n", "min_value", 3, "max_value", 7));

        // GX: element_count 11, missing_count 1, unexpected_count 5, unexpected_percent 50.0 (of non-missing)
        assertThat(r.success()).isFalse();
        assertThat(r.elementCount()).isEqualTo(11);
        assertThat(r.missingCount()).isEqualTo(1);
        assertThat(r.unexpectedCount()).isEqualTo(5);
        assertThat(r.unexpectedPercent()).isEqualTo(50.0);
        assertThat(r.unexpected().sample()).extracting(UnexpectedValue::value).containsExactly("1", "2", "8", "9", "10");
        assertThat(r.unexpected().rows()).containsExactly(1, 2, 8, 9, 10);
    }

    @Test
    void betweenPassesWhenMostlyIsMetExactly() {
        Rule rule = Rule.of(VALUES_BETWEEN, "column", "n", "min_value", 3, "max_value", 7, "mostly", 0.5);

        assertThat(run(numbers, rule).success()).isTrue();
        assertThat(run(numbers, rule.with("mostly", 0.51)).success()).isFalse();
    }

    @Test
    void betweenHonoursStrictBoundsAndOpenEnds() {
        RuleResult strict = run(numbers, Rule.of(VALUES_BETWEEN, "column", "n", "min_value", 1, "max_value", 10,
                "strict_min", true, "strict_max", true));
        RuleResult open = run(numbers, Rule.of(VALUES_BETWEEN, "column", "n", "min_value", 9));

        assertThat(strict.unexpected().rows()).containsExactly(1, 10);
        assertThat(open.unexpected().rows()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void betweenReadsIsoDatesForDateTimeColumns() {
        Table t = table().instants("at", "2024-01-01T00:00:00Z", "2024-06-01T00:00:00Z", "2025-02-01T00:00:00Z")
                .build();

        RuleResult r = run(t, Rule.of(VALUES_BETWEEN, "column", "at", "min_value", "2024-01-01",
                "max_value", "2024-12-31T23:59:59Z"));

        assertThat(r.unexpected().sample()).containsExactly(new UnexpectedValue(3, "2025-02-01T00:00:00Z"));
    }

    @Test
    void notNullCountsMissingValuesAsUnexpectedOverAllRows() {
        Table t = table().labels("s", "a", null, "b", null).build();

        RuleResult r = run(t, Rule.of(NOT_NULL, "column", "s"));

        // GX: unexpected_count 2, unexpected_percent 50.0 (of all rows for not_null)
        assertThat(r.success()).isFalse();
        assertThat(r.unexpectedCount()).isEqualTo(2);
        assertThat(r.unexpectedPercent()).isEqualTo(50.0);
        assertThat(r.unexpected().sample()).containsExactly(new UnexpectedValue(2, null), new UnexpectedValue(4, null));
        assertThat(run(t, Rule.of(NOT_NULL, "column", "s", "mostly", 0.5)).success()).isTrue();
    }

    @Test
    void inSetIgnoresMissingValues() {
        Table t = table().labels("color", "red", "blue", null, "green", "red").build();

        RuleResult r = run(t, Rule.of(IN_SET, "column", "color", "value_set", List.of("red", "blue")));

        assertThat(r.unexpectedCount()).isEqualTo(1);
        assertThat(r.unexpectedPercent()).isEqualTo(25.0);
        assertThat(r.unexpected().sample()).containsExactly(new UnexpectedValue(4, "green"));
    }

    @Test
    void inSetComparesNumbersNumericallyAndLabelsAsText() {
        Table t = table().integers("n", 1, 2, 3).labels("code", "10", "20", "30").booleans("b", true, false, true)
                .build();

        assertThat(run(t, Rule.of(IN_SET, "column", "n", "value_set", List.of("1", 2.0, 3))).success()).isTrue();
        assertThat(run(t, Rule.of(IN_SET, "column", "code", "value_set", List.of(10, 20))).unexpectedCount())
                .isEqualTo(1);
        assertThat(run(t, Rule.of(IN_SET, "column", "b", "value_set", List.of(true))).unexpected().rows())
                .containsExactly(2);
    }

    @Test
    void uniqueFlagsEveryOccurrenceOfARepeatedValue() {
        Table t = table().integers("n", 1, 2, 2, 3, null, 3, 3).build();

        RuleResult r = run(t, Rule.of(UNIQUE, "column", "n"));

        // GX (pandas duplicated(keep=False)): 5 unexpected of 6 non-missing
        assertThat(r.unexpectedCount()).isEqualTo(5);
        assertThat(r.unexpectedPercent()).isCloseTo(83.333333, within(1e-6));
        assertThat(r.unexpected().rows()).containsExactly(2, 3, 4, 6, 7);
    }

    @Test
    void uniquePassesOnDistinctLabelsWithMissingValues() {
        Table t = table().texts("id", "a", null, "b", null, "c").build();

        assertThat(run(t, Rule.of(UNIQUE, "column", "id")).success()).isTrue();
    }

    @Test
    void regexSearchesAnywhereInTheValueLikePython() {
        Table t = table().texts("code", "AB-12", "xAB-12x", "ab-12", null).build();

        RuleResult search = run(t, Rule.of(MATCH_REGEX, "column", "code", "regex", "AB-\\d+"));
        RuleResult anchored = run(t, Rule.of(MATCH_REGEX, "column", "code", "regex", "^AB-\\d+$"));

        assertThat(search.unexpected().rows()).containsExactly(3);
        assertThat(anchored.unexpected().rows()).containsExactly(2, 3);
    }

    @Test
    void regexMatchesNumbersAsTheColumnWritesThem() {
        Table t = table().decimals("x", 1.0, 2.5, 30.0).build();

        assertThat(run(t, Rule.of(MATCH_REGEX, "column", "x", "regex", "^\\d$")).unexpected().rows())
                .containsExactly(2, 3);
    }

    @Test
    void ofTypePassesAColumnOfThatType() {
        RuleResult r = run(numbers, Rule.of(OF_TYPE, "column", "n", "type_", "int64"));

        assertThat(r.success()).isTrue();
        assertThat(r.observed().values()).containsExactly("INTEGER");
        assertThat(run(numbers, Rule.of(OF_TYPE, "column", "n", "type_", "DECIMAL")).success()).isTrue();
    }

    @Test
    void ofTypePointsAtTheValuesThatAreNotOfTheType() {
        Table t = table().texts("age", "31", "42", "forty", null, "7").build();

        RuleResult r = run(t, Rule.of(OF_TYPE, "column", "age", "type_", "INTEGER"));

        assertThat(r.success()).isFalse();
        assertThat(r.observed().values()).containsExactly("TEXT");
        assertThat(r.unexpected().sample()).containsExactly(new UnexpectedValue(3, "forty"));
    }

    @Test
    void ofTypeFailsNumbersWhenTextIsExpected() {
        assertThat(run(numbers, Rule.of(OF_TYPE, "column", "n", "type_", "str")).unexpectedCount()).isEqualTo(10);
    }

    @Test
    void passesAnAllMissingColumnLikeGreatExpectations() {
        Table t = table().decimals("x", null, null).build();

        RuleResult r = run(t, Rule.of(VALUES_BETWEEN, "column", "x", "min_value", 0));

        assertThat(r.success()).isTrue();
        assertThat(r.unexpectedPercent()).isNull();
    }

    @Test
    void capsTheSampleAtTwentyAndTheRowsAtTenThousand() {
        Integer[] values = IntStream.range(0, 12_000).boxed().toArray(Integer[]::new);

        RuleResult r = run(table().integers("n", values).build(), Rule.of(VALUES_BETWEEN, "column", "n",
                "max_value", -1));

        assertThat(r.unexpectedCount()).isEqualTo(12_000);
        assertThat(r.unexpected().sample()).hasSize(UnexpectedRows.SAMPLE_SIZE);
        assertThat(r.unexpected().rows()).hasSize(UnexpectedRows.ROW_LIMIT).endsWith(10_000);
        assertThat(r.unexpected().rowsTruncated()).isTrue();
    }
}
