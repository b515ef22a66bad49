package io.mlworkbench.engine.validation;

import static io.mlworkbench.engine.validation.ExpectationNames.NOT_NULL;
import static io.mlworkbench.engine.validation.ExpectationNames.ROW_COUNT_BETWEEN;
import static io.mlworkbench.engine.validation.ExpectationNames.VALUES_BETWEEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.fixtures.CustomerTables;
import io.mlworkbench.engine.fixtures.RegistryFixture;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import java.util.List;
import io.mlworkbench.engine.task.OperationCancelledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ValidationServiceTest {

    private final RegistryFixture registry = new RegistryFixture();
    private final ValidationJson json = new ValidationJson();
    private final ValidationService service = new ValidationService(registry.database(),
            new ValidationSuiteRepository(registry.database().jdbi(), json),
            new ValidationResultRepository(registry.database().jdbi(), json), registry.audit(),
            StandardExpectations.catalog(), json, registry.clock());
    private final Actor ada = new Actor("ada");
    private final Table table = CustomerTables.generate(200, 8);
    private final List<Rule> rules = List.of(Rule.of(NOT_NULL, "column", "age"),
            Rule.of(VALUES_BETWEEN, "column", "age", "min_value", 18, "max_value", 60));

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void createsASuiteAtVersionOne() {
        SuiteVersion v1 = service.createSuite(ada, registry.projectId(), " customer checks ", rules);

        assertThat(v1.versionNo()).isEqualTo(1);
        assertThat(v1.suiteName()).isEqualTo("customer checks");
        assertThat(service.version(v1.id())).isEqualTo(v1);
        assertThat(service.listSuites(registry.projectId())).singleElement()
                .satisfies(s -> assertThat(s.latestVersion()).isEqualTo(1));
        assertThat(audit("validation.suite.create")).singleElement()
                .satisfies(e -> assertThat(e.detailsJson()).contains("\"version\":1", "\"rules\":2"));
    }

    @Test
    void savesEachEditAsANewVersionAndKeepsTheOldOnes() {
        SuiteVersion v1 = service.createSuite(ada, registry.projectId(), "checks", rules);

        SuiteVersion v2 = service.saveVersion(ada, v1.suiteId(), rules.subList(0, 1));

        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(service.listVersions(v1.suiteId())).extracting(SuiteVersion::versionNo).containsExactly(1, 2);
        assertThat(service.version(v1.id()).rules()).isEqualTo(rules);
        assertThat(service.latestVersion(v1.suiteId()).rules()).hasSize(1);
        assertThat(audit("validation.suite.save")).hasSize(1);
    }

    @Test
    void refusesADuplicateSuiteName() {
        service.createSuite(ada, registry.projectId(), "checks", rules);

        assertThatThrownBy(() -> service.createSuite(ada, registry.projectId(), "checks", rules))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("already has a suite named 'checks'");
    }

    @Test
    void refusesAnUnknownProjectAndABadName() {
        assertThatThrownBy(() -> service.createSuite(ada, 999, "checks", rules))
                .hasMessageContaining("No project with id 999");
        assertThatThrownBy(() -> service.createSuite(ada, registry.projectId(), "", rules))
                .hasMessageContaining("Invalid suite name");
    }

    @Test
    void storesNothingWhenARuleIsInvalid() {
        List<Rule> bad = List.of(Rule.of(VALUES_BETWEEN, "column", "age", "min_value", 9, "max_value", 1));

        assertThatThrownBy(() -> service.createSuite(ada, registry.projectId(), "checks", bad))
                .isInstanceOf(InvalidRuleException.class);
        assertThat(service.listSuites(registry.projectId())).isEmpty();
        assertThat(registry.audit().count()).isZero();
    }

    @Test
    void runsAVersionOnADatasetVersionAndStoresTheResult() {
        long data = registry.addDatasetVersion(200);
        SuiteVersion v1 = service.createSuite(ada, registry.projectId(), "checks", rules);

        ValidationResult result = service.run(ada, v1.id(), data, table);

        assertThat(result.success()).isFalse();
        assertThat(result.report().failures()).singleElement()
                .satisfies(r -> assertThat(r.unexpected().rows()).isNotEmpty());
        assertThat(service.result(result.id())).isEqualTo(result);
        assertThat(service.listResults(v1.suiteId())).singleElement().satisfies(s -> {
            assertThat(s.suiteVersionNo()).isEqualTo(1);
            assertThat(s.success()).isFalse();
            assertThat(s.datasetVersionId()).isEqualTo(data);
        });
        assertThat(audit("validation.run")).singleElement()
                .satisfies(e -> assertThat(e.detailsJson()).contains("\"success\":false", "\"failed\":1"));
    }

    @Test
    void listsResultsOfADatasetVersionNewestFirst() {
        long data = registry.addDatasetVersion(200);
        SuiteVersion v1 = service.createSuite(ada, registry.projectId(), "checks", rules);
        SuiteVersion v2 = service.saveVersion(ada, v1.suiteId(), List.of(Rule.of(ROW_COUNT_BETWEEN, "min_value", 1)));
        service.run(ada, v1.id(), data, table);
        service.run(ada, v2.id(), data, table);

        assertThat(service.listResultsForDatasetVersion(data)).extracting(ValidationResultSummary::suiteVersionNo,
                ValidationResultSummary::success).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
    }

    @Test
    void refusesATableThatIsNotTheDatasetVersionsData() {
        long data = registry.addDatasetVersion(150);
        SuiteVersion v1 = service.createSuite(ada, registry.projectId(), "checks", rules);

        assertThatThrownBy(() -> service.run(ada, v1.id(), data, table))
                .hasMessageContaining("200 rows").hasMessageContaining("has 150");
        assertThatThrownBy(() -> service.run(ada, v1.id(), 777, table))
                .hasMessageContaining("No dataset version with id 777");
        assertThatThrownBy(() -> service.run(ada, 888, data, table))
                .hasMessageContaining("No validation suite version with id 888");
    }

    @Test
    void storesNoResultWhenCancelled() {
        long data = registry.addDatasetVersion(200);
        SuiteVersion v1 = service.createSuite(ada, registry.projectId(), "checks", rules);

        assertThatThrownBy(() -> service.run(ada, v1.id(), data, table, (done, total, message) -> { }, () -> true))
                .isInstanceOf(OperationCancelledException.class);
        assertThat(service.listResults(v1.suiteId())).isEmpty();
    }

    private List<AuditEntry> audit(String action) {
        return registry.audit().find(AuditFilter.newest().byActionPrefix(action));
    }
}
