package io.mlworkbench.engine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.fixtures.CustomerTables;
import io.mlworkbench.engine.fixtures.RegistryFixture;
import io.mlworkbench.engine.task.OperationCancelledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {

    private final RegistryFixture registry = new RegistryFixture();
    private final ProfileRepository repository = new ProfileRepository(registry.database().jdbi(), new ProfileJson());
    private final ProfileService service = new ProfileService(registry.database(), repository, registry.audit(),
            new DatasetProfiler());
    private final Actor ada = new Actor("ada");
    private final Table table = CustomerTables.generate(300, 3);

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void findsNoProfileBeforeOneIsComputed() {
        long version = registry.addDatasetVersion(300);

        assertThat(repository.find(version)).isEmpty();
    }

    @Test
    void storesTheProfileOnFirstRequest() {
        long version = registry.addDatasetVersion(300);

        DatasetProfile profile = service.profileOf(ada, version, table);

        assertThat(repository.find(version)).contains(profile);
        assertThat(registry.audit().find(AuditFilter.newest().byActionPrefix("dataset_version.profile")))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("ada");
                    assertThat(e.objectRef()).isEqualTo(Long.toString(version));
                });
    }

    @Test
    void computesOncePerVersionAndAuditsOnce() {
        long version = registry.addDatasetVersion(300);
        DatasetProfile first = service.profileOf(ada, version, table);

        DatasetProfile second = service.profileOf(ada, version, table);

        assertThat(second).isEqualTo(first);
        assertThat(registry.audit().find(AuditFilter.newest().byActionPrefix("dataset_version.profile"))).hasSize(1);
    }

    @Test
    void neverOverwritesAStoredProfile() {
        long version = registry.addDatasetVersion(300);
        DatasetProfile original = new DatasetProfiler().profile(table);
        repository.saveIfAbsent(version, original);

        boolean stored = repository.saveIfAbsent(version, new DatasetProfiler().profile(CustomerTables.generate(300, 9)));

        assertThat(stored).isFalse();
        assertThat(repository.find(version)).contains(original);
    }

    @Test
    void rejectsAnUnknownDatasetVersion() {
        assertThatThrownBy(() -> service.profileOf(ada, 4242, table))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("No dataset version with id 4242");
        assertThatThrownBy(() -> repository.saveIfAbsent(4242, new DatasetProfiler().profile(table)))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("4242");
    }

    @Test
    void rejectsATableThatIsNotTheVersionsData() {
        long version = registry.addDatasetVersion(301);

        assertThatThrownBy(() -> service.profileOf(ada, version, table))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("300 rows").hasMessageContaining("has 301");
    }

    @Test
    void storesNothingWhenCancelled() {
        long version = registry.addDatasetVersion(300);

        assertThatThrownBy(() -> service.profileOf(ada, version, table, (done, total, message) -> { }, () -> true))
                .isInstanceOf(OperationCancelledException.class);
        assertThat(repository.find(version)).isEmpty();
    }
}
