package io.mlworkbench.engine.validation;

import static io.mlworkbench.engine.fixtures.TableBuilder.table;
import static io.mlworkbench.engine.validation.ExpectationNames.IN_SET;
import static io.mlworkbench.engine.validation.ExpectationNames.MATCH_REGEX;
import static io.mlworkbench.engine.validation.ExpectationNames.NOT_NULL;
import static io.mlworkbench.engine.validation.ExpectationNames.ROW_COUNT_BETWEEN;
import static io.mlworkbench.engine.validation.ExpectationNames.VALUES_BETWEEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationCatalogTest {

    private final ExpectationCatalog catalog = StandardExpectations.catalog();
    private final DatasetSchema schema = table().integers("age", 1).labels("city", "x").build().schema();

    @Test
    void knowsEveryGreatExpectationsNameOfTheWorkbench() throws IllegalAccessException {
        for (Field f : ExpectationNames.class.getFields()) {
            assertThat(catalog.find((String) f.get(null))).as(f.getName()).isPresent();
        }
        assertThat(catalog.all()).hasSize(ExpectationNames.class.getFields().length);
    }

    @Test
    void declaresParametersWithDescriptionsAndMostlyForValueRules() {
        for (Expectation e : catalog.all()) {
            assertThat(e.description()).as(e.type()).isNotBlank();
            assertThat(e.parameters()).as(e.type()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
        }
        assertThat(catalog.find(VALUES_BETWEEN).orElseThrow().parameters()).extracting(ParameterSpec::name)
                .containsExactly("column", "min_value", "max_value", "strict_min", "strict_max", "mostly");
    }

    @Test
    void rejectsAnUnknownExpectation() {
        assertThatThrownBy(() -> catalog.check(2, Rule.of("expect_column_values_to_be_pretty", "column", "a")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageStartingWith("Rule 2 (expect_column_values_to_be_pretty), parameter 'expectation_type'")
                .hasMessageContaining(NOT_NULL);
    }

    @Test
    void rejectsAnUnknownParameterListingTheKnownOnes() {
        assertThatThrownBy(() -> catalog.check(1, Rule.of(NOT_NULL, "column", "a", "mostlyy", 0.9)))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("parameter 'mostlyy'").hasMessageContaining("[column, mostly]");
    }

    @Test
    void rejectsAMissingRequiredParameter() {
        InvalidRuleException e = catch1(() -> catalog.check(3, Rule.of(IN_SET, "column", "a")));

        assertThat(e.ruleNumber()).isEqualTo(3);
        assertThat(e.parameter()).isEqualTo("value_set");
        assertThat(e).hasMessageContaining("is required");
    }

    @Test
    void rejectsAValueOfTheWrongKind() {
        assertThatThrownBy(() -> catalog.check(1, Rule.of(VALUES_BETWEEN, "column", "a", "min_value", true)))
                .hasMessageContaining("parameter 'min_value': expected a number").hasMessageContaining("got true");
        assertThatThrownBy(() -> catalog.check(1, Rule.of(ROW_COUNT_BETWEEN, "min_value", 2.5)))
                .hasMessageContaining("expected a whole number");
    }

    @Test
    void rejectsMinAboveMax() {
        assertThatThrownBy(() -> catalog.check(1, Rule.of(VALUES_BETWEEN, "column", "a", "min_value", 10,
                "max_value", 5)))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("parameter 'min_value': min_value 10 is above max_value 5");
    }

    @Test
    void rejectsABetweenWithoutBounds() {
        assertThatThrownBy(() -> catalog.check(1, Rule.of(VALUES_BETWEEN, "column", "a")))
                .hasMessageContaining("give min_value, max_value or both");
    }

    @Test
    void rejectsABadRegularExpression() {
        assertThatThrownBy(() -> catalog.check(1, Rule.of(MATCH_REGEX, "column", "a", "regex", "([a-z")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("parameter 'regex'").hasMessageContaining("not a valid regular expression");
    }

    @Test
    void rejectsMostlyOutsideZeroToOne() {
        assertThatThrownBy(() -> catalog.check(1, Rule.of(NOT_NULL, "column", "a", "mostly", 1.5)))
                .hasMessageContaining("parameter 'mostly': expected a number from 0 to 1, got 1.5");
    }

    @Test
    void acceptsGreatExpectationsOutputArguments() {
        RuleArguments args = catalog.check(1, Rule.of(NOT_NULL, "column", "a", "result_format", "COMPLETE"));

        assertThat(args.column()).isEqualTo("a");
    }

    @Test
    void rejectsAColumnTheDatasetDoesNotHave() {
        assertThatThrownBy(() -> catalog.checkAgainst(List.of(Rule.of(NOT_NULL, "column", "age"),
                Rule.of(NOT_NULL, "column", "zip")), schema))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageStartingWith("Rule 2 (" + NOT_NULL + "), parameter 'column'")
                .hasMessageContaining("no column 'zip'").hasMessageContaining("[age, city]");
    }

    @Test
    void rejectsARuleOnAColumnTypeItDoesNotApplyTo() {
        assertThatThrownBy(() -> catalog.checkAgainst(List.of(Rule.of(VALUES_BETWEEN, "column", "city",
                "min_value", 1)), schema))
                .hasMessageContaining("column 'city' is CATEGORICAL");
    }

    @Test
    void rejectsADateBoundForANumericColumn() {
        assertThatThrownBy(() -> catalog.checkAgainst(List.of(Rule.of(VALUES_BETWEEN, "column", "age",
                "min_value", "2024-01-01")), schema))
                .hasMessageContaining("parameter 'min_value'").hasMessageContaining("is a date/time but column 'age'");
    }

    private static InvalidRuleException catch1(Runnable r) {
        try {
            r.run();
        } catch (InvalidRuleException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidRuleException");
    }
}
