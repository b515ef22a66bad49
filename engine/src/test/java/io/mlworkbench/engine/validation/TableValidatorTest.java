package io.mlworkbench.engine.validation;

import static io.mlworkbench.engine.fixtures.TableBuilder.table;
import static io.mlworkbench.engine.validation.ExpectationNames.NOT_NULL;
import static io.mlworkbench.engine.validation.ExpectationNames.ROW_COUNT_BETWEEN;
import static io.mlworkbench.engine.validation.ExpectationNames.VALUES_BETWEEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.util.ArrayList;
import java.util.List;
import io.mlworkbench.engine.task.OperationCancelledException;
import org.junit.jupiter.api.Test;

class TableValidatorTest {

    private final TableValidator validator = new TableValidator(StandardExpectations.catalog());
    private final Table table = table().integers("age", 20, null, 70).labels("city", "Oslo", "Rome", "Oslo").build();

    @Test
    void succeedsWhenEveryRuleIsMet() {
        ValidationReport report = validator.validate(table, List.of(Rule.of(ROW_COUNT_BETWEEN, "min_value", 3),
                Rule.of(NOT_NULL, "column", "city")));

        assertThat(report.success()).isTrue();
        assertThat(report.statistics()).isEqualTo(new ValidationStatistics(2, 2, 0, 100.0));
        assertThat(report.rowCount()).isEqualTo(3);
    }

    @Test
    void failsARuleWhoseColumnIsMissingAndStillRunsTheOthers() {
        ValidationReport report = validator.validate(table, List.of(Rule.of(NOT_NULL, "column", "zip"),
                Rule.of(NOT_NULL, "column", "city")));

        RuleResult missing = report.results().get(0);
        assertThat(missing.success()).isFalse();
        assertThat(missing.exceptionMessage()).contains("no column 'zip'", "[age, city]");
        assertThat(report.results().get(1).success()).isTrue();
        assertThat(report.success()).isFalse();
    }

    @Test
    void failsARuleOnAColumnOfAnotherType() {
        RuleResult r = validator.validate(table, List.of(Rule.of(VALUES_BETWEEN, "column", "city", "min_value", 1)))
                .results().get(0);

        assertThat(r.hasException()).isTrue();
        assertThat(r.exceptionMessage()).contains("column 'city' is CATEGORICAL");
    }

    @Test
    void refusesASuiteWithABadRuleBeforeRunningAnything() {
        List<Rule> rules = List.of(Rule.of(NOT_NULL, "column", "city"), Rule.of(NOT_NULL, "column", "city",
                "mostly", -1));

        assertThatThrownBy(() -> validator.validate(table, rules)).isInstanceOf(InvalidRuleException.class)
                .hasMessageStartingWith("Rule 2 (");
    }

    @Test
    void listsFailedRulesFirstInSuiteOrder() {
        ValidationReport report = validator.validate(table, List.of(
                Rule.of(NOT_NULL, "column", "city"),
                Rule.of(NOT_NULL, "column", "age"),
                Rule.of(ROW_COUNT_BETWEEN, "max_value", 3),
                Rule.of(VALUES_BETWEEN, "column", "age", "max_value", 50)));

        assertThat(report.failedFirst()).extracting(RuleResult::ruleNumber).containsExactly(2, 4, 1, 3);
        assertThat(report.failures()).extracting(RuleResult::ruleNumber).containsExactly(2, 4);
    }

    @Test
    void reportsProgressPerRule() {
        List<Double> seen = new ArrayList<>();

        validator.validate(table, List.of(Rule.of(NOT_NULL, "column", "city"), Rule.of(NOT_NULL, "column", "age")),
                (done, total, message) -> seen.add((double) done / total), () -> false);

        assertThat(seen).containsExactly(0.5, 1.0);
    }

    @Test
    void stopsWhenCancelled() {
        assertThatThrownBy(() -> validator.validate(table, List.of(Rule.of(NOT_NULL, "column", "city")), (done, total, message) -> { },
                () -> true)).isInstanceOf(OperationCancelledException.class);
    }

    @Test
    void succeedsOnAnEmptySuite() {
        ValidationReport report = validator.validate(table, List.of());

        assertThat(report.success()).isTrue();
        assertThat(report.statistics().successPercent()).isNull();
    }
}
