package io.mlworkbench.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The same migrations run on PostgreSQL. Runs when {@code MLWB_TEST_POSTGRES_URL} names a database
 * ({@code .ci/run} starts Debian's PostgreSQL and sets it); skipped otherwise.
 */
class PostgresMigrationTest {

    @Test
    void sameMigrationsRunOnPostgres() throws Exception {
        String url = System.getenv("MLWB_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "MLWB_TEST_POSTGRES_URL not set: no PostgreSQL to test against");
        String user = Objects.requireNonNullElse(System.getenv("MLWB_TEST_POSTGRES_USER"), "mlwb");
        String password = Objects.requireNonNullElse(System.getenv("MLWB_TEST_POSTGRES_PASSWORD"), "");
        String schema = "mlwb_test_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            try (RegistryDatabase db = RegistryDatabase.openPostgres(schemaUrl, user, password)) {
                assertThat(db.schemaVersion()).isEqualTo("2");
                AuditLogRepository audit = new AuditLogRepository(db.jdbi(), Clock.systemUTC());
                new ProjectService(db, new ProjectRepository(db.jdbi()), audit, Clock.systemUTC())
                        .create(new Actor("ana"), "churn", "on postgres");
                assertThat(audit.find(AuditFilter.newest().byActionPrefix("project.")))
                        .singleElement().satisfies(e -> assertThat(e.objectRef()).isEqualTo("churn"));
                assertThat(new RegistryStatisticsRepository(db.jdbi()).counts()).containsEntry("project", 1L);
            }
            try (RegistryDatabase again = RegistryDatabase.openPostgres(schemaUrl, user, password)) {
                assertThat(again.schemaVersion()).isEqualTo("2");
            }
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
