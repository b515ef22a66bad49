package io.mlworkbench.app.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.Rule;
import io.mlworkbench.engine.validation.TableValidator;
import io.mlworkbench.engine.validation.ValidationReport;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationResultsViewModelTest {

    private final ValidationResultsViewModel results = new ValidationResultsViewModel(Messages.load(Locale.ENGLISH));
    private final Table table = PeopleTable.create();

    private ValidationReport validate(Rule... rules) {
        return new TableValidator(StandardExpectations.catalog()).validate(table, List.of(rules));
    }

    @Test
    void listsFailedRulesFirstWithCountsAndSamples() {
        results.show(validate(
                Rule.of(ExpectationNames.UNIQUE, "column", "id"),
                Rule.of(ExpectationNames.VALUES_BETWEEN, "column", "age", "min_value", 0, "max_value", 120),
                Rule.of(ExpectationNames.NOT_NULL, "column", "age")), table);

        assertThat(results.rows()).extracting(RuleResultRow::number).containsExactly(2, 3, 1);
        assertThat(results.rows()).extracting(RuleResultRow::status).containsExactly("Failed", "Failed", "Passed");
        RuleResultRow between = results.rows().get(0);
        assertThat(between.unexpected()).isEqualTo("1 (20.0%)");
        assertThat(between.elements()).isEqualTo("6");
        assertThat(between.sample()).isEqualTo("row 4: 150");
        assertThat(results.rows().get(1).sample()).isEqualTo("row 3: (missing)");
        assertThat(results.summaryProperty().get()).isEqualTo("2 of 3 rules failed on 6 rows");
        assertThat(results.successProperty().get()).isFalse();
    }

    @Test
    void jumpsToTheRowsThatBrokeARule() {
        results.show(validate(Rule.of(ExpectationNames.IN_SET, "column", "city", "value_set",
                List.of("Oslo", "Lima"))), table);
        results.showFailingRows(results.rows().get(0));

        FailingRows rows = results.failingRowsProperty().get();
        assertThat(rows.columns()).containsExactly("Row", "id", "age", "city");
        assertThat(rows.rows()).containsExactly(List.of("4", "4", "150", "Pune"));
        assertThat(rows.highlightedColumn()).isEqualTo("city");
        assertThat(rows.caption()).isEqualTo("1 of 1 rows that break rule 1 (city)");
    }

    @Test
    void aRuleThatCannotBeEvaluatedSaysWhy() {
        results.show(validate(Rule.of(ExpectationNames.NOT_NULL, "column", "salary")), table);
        RuleResultRow row = results.rows().get(0);
        assertThat(row.status()).isEqualTo("Not evaluated");
        assertThat(row.observed()).contains("no column 'salary'");
        results.showFailingRows(row);
        assertThat(results.failingRowsProperty().get()).isNull();
    }

    @Test
    void aPassingReportSaysSo() {
        results.show(validate(Rule.of(ExpectationNames.UNIQUE, "column", "id")), table);
        assertThat(results.summaryProperty().get()).isEqualTo("All 1 rules passed on 6 rows");
        assertThat(results.successProperty().get()).isTrue();
    }
}
