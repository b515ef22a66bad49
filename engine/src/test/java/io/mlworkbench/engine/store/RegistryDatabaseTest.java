package io.mlworkbench.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryDatabaseTest {

    @TempDir
    Path temp;

    @Test
    void migratesAnEmptyDatabaseToTheLatestSchema() {
        try (RegistryDatabase db = RegistryDatabase.openInMemory("migrates")) {
            assertThat(db.schemaVersion()).isEqualTo("3");
            assertThat((long) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log")
                    .mapTo(Long.class).one())).isZero();
        }
    }

    @Test
    void refusesADatabaseMigratedByANewerBuild() throws Exception {
        Path file = temp.resolve("registry");
        try (RegistryDatabase db = RegistryDatabase.openH2File(file)) {
            assertThat(db.schemaVersion()).isEqualTo("3");
        }
        // Pretend a newer build applied migration 99.
        int rowsBefore;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
            s.execute("CREATE TABLE future_table (id INT)");
            rowsBefore = historyRows(s);
        }
        assertThatThrownBy(() -> RegistryDatabase.openH2File(file))
                .isInstanceOf(SchemaTooNewException.class)
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("this build knows up to 3")
                .hasMessageContaining("nothing was changed");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "");
             Statement s = c.createStatement()) {
            assertThat(historyRows(s)).isEqualTo(rowsBefore);
        }
    }

    private static int historyRows(Statement s) throws java.sql.SQLException {
        try (var rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void upgradesAnOlderDatabaseInPlace() throws Exception {
        Path file = temp.resolve("old");
        try (RegistryDatabase db = RegistryDatabase.openH2File(file)) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO workspace_meta (meta_name, meta_text) VALUES ('k', 'v')"));
        }
        try (RegistryDatabase db = RegistryDatabase.openH2File(file)) {
            assertThat(db.jdbi().withHandle(h -> h.createQuery("SELECT meta_text FROM workspace_meta WHERE meta_name = 'k'")
                    .mapTo(String.class).one()).toString()).isEqualTo("v");
        }
    }
}
