package io.mlworkbench.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The same migrations run on PostgreSQL. Runs when {@code MLWB_TEST_POSTGRES_URL} names a database
 * ({@code .ci/run} starts Debian's PostgreSQL and sets it); skipped otherwise.
 */
class PostgresMigrationTest {

    @Test
    void sameMigrationsRunOnPostgres() throws Exception {
        try (PostgresTestSchema schema = PostgresTestSchema.createOrSkip()) {
            try (RegistryDatabase db = schema.open()) {
                assertThat(db.schemaVersion()).isEqualTo("3");
                AuditLogRepository audit = new AuditLogRepository(db.jdbi(), Clock.systemUTC());
                new ProjectService(db, new ProjectRepository(db.jdbi()), audit, Clock.systemUTC())
                        .create(new Actor("ana"), "churn", "on postgres");
                assertThat(audit.find(AuditFilter.newest().byActionPrefix("project.")))
                        .singleElement().satisfies(e -> assertThat(e.objectRef()).isEqualTo("churn"));
                assertThat(new RegistryStatisticsRepository(db.jdbi()).counts()).containsEntry("project", 1L);
                assertThat(new WorkspaceMetaRepository(db.jdbi()).find("access.bootstrap_lock")).isPresent();
            }
            try (RegistryDatabase again = schema.open()) {
                assertThat(again.schemaVersion()).isEqualTo("3");
            }
        }
    }
}
