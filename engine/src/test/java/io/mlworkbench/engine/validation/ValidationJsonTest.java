package io.mlworkbench.engine.validation;

import static io.mlworkbench.engine.fixtures.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.profile.DatasetProfiler;
import io.mlworkbench.engine.fixtures.CustomerTables;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationJsonTest {

    private final ValidationJson json = new ValidationJson();

    private static List<Rule> suggested(Table table) {
        return new SuiteSuggester().suggest(new DatasetProfiler().profile(table)).stream().map(SuggestedRule::rule)
                .toList();
    }

    @Test
    void roundTripsASuite() {
        List<Rule> rules = suggested(CustomerTables.generate(500, 2));

        assertThat(json.readRules(json.writeRules(rules), "test")).isEqualTo(rules);
    }

    @Test
    void writesTheGreatExpectationsSuiteShape() {
        String text = json.writeRules(List.of(Rule.of(ExpectationNames.NOT_NULL, "column", "age", "mostly", 0.95)));

        assertThat(text).isEqualTo("{\"expectations\":[{\"expectation_type\":\"expect_column_values_to_not_be_null\","
                + "\"kwargs\":{\"column\":\"age\",\"mostly\":0.95},\"notes\":\"\"}]}");
    }

    @Test
    void readsAGreatExpectationsZeroSuiteFile() {
        String gx = """
                {"expectation_suite_name": "adult.warning", "data_asset_type": null, "meta": {"great_expectations_version": "0.18.8"},
                 "expectations": [
                   {"expectation_type": "expect_column_values_to_be_between",
                    "kwargs": {"column": "age", "min_value": 17, "max_value": 90.0, "result_format": "SUMMARY"},
                    "meta": {}}]}
                """;

        List<Rule> rules = json.readRules(gx, "adult.warning.json");

        assertThat(rules).containsExactly(Rule.of(ExpectationNames.VALUES_BETWEEN, "column", "age", "min_value", 17,
                "max_value", 90, "result_format", "SUMMARY"));
        assertThat(StandardExpectations.catalog().checkAll(rules)).hasSize(1);
    }

    @Test
    void readsAGreatExpectationsOneSuiteFile() {
        String gx = """
                {"name": "bank", "id": "4f1c", "expectations": [
                  {"type": "expect_column_values_to_be_in_set", "kwargs": {"column": "y", "value_set": ["yes", "no"]},
                   "meta": {}, "id": "9a0b", "notes": null, "rendered_content": []}]}
                """;

        assertThat(json.readRules(gx, "bank.json")).containsExactly(
                Rule.of(ExpectationNames.IN_SET, "column", "y", "value_set", List.of("yes", "no")));
    }

    @Test
    void namesTheFileAndLineOfAnUnreadableSuite() {
        assertThatThrownBy(() -> json.readRules("{\"expectations\": [\n {\"kwargs\": {}}]}", "checks.json"))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("checks.json").hasMessageContaining("line 2")
                .hasMessageContaining("needs an expectation type");
        assertThatThrownBy(() -> json.readRules("[]", "list.json")).isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("list.json");
        assertThatThrownBy(() -> json.readRules("{}", "empty.json")).hasMessageContaining("\"expectations\" list");
    }

    @Test
    void roundTripsAReportWithEvidence() {
        Table table = table().integers("n", 1, 50, null).labels("s", "a", "b", "c").build();
        List<Rule> rules = List.of(Rule.of(ExpectationNames.VALUES_BETWEEN, "column", "n", "max_value", 10),
                Rule.of(ExpectationNames.ROW_COUNT_BETWEEN, "min_value", 1),
                Rule.of(ExpectationNames.NOT_NULL, "column", "missing"));
        ValidationReport report = new TableValidator(StandardExpectations.catalog()).validate(table, rules);

        assertThat(json.readReport(json.writeReport(report), "test")).isEqualTo(report);
    }
}
