package io.mlworkbench.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry created by a V1 build is upgraded to V2 in place: the registry indexes and the bootstrap lock row. */
class RegistryV2MigrationTest {

    @TempDir
    Path temp;

    @Test
    void upgradesAVersionOneRegistryWithItsData() {
        Path file = temp.resolve("registry");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file, "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations(RegistryDatabase.MIGRATIONS).target("1").load().migrate();
            Jdbi.create(pool).useHandle(h -> h.execute("INSERT INTO member (login, role_name,"
                    + " granted_by, granted_at) VALUES ('ada', 'admin', 'ada', CURRENT_TIMESTAMP)"));
        } finally {
            pool.dispose();
        }
        try (RegistryDatabase db = RegistryDatabase.openH2File(file)) {
            assertThat(db.schemaVersion()).isEqualTo("3");
            assertThat(new WorkspaceMetaRepository(db.jdbi()).find("access.bootstrap_lock")).isPresent();
            List<String> indexes = db.jdbi().withHandle(h -> h.createQuery("SELECT LOWER(index_name) FROM"
                    + " information_schema.indexes WHERE LOWER(index_name) LIKE 'model_%idx'").mapTo(String.class).list());
            assertThat(indexes).contains("model_version_run_idx", "model_alias_version_idx",
                    "model_version_tag_name_idx");
            List<String> members = db.jdbi().withHandle(h -> h.createQuery("SELECT login FROM member")
                    .mapTo(String.class).list());
            assertThat(members).containsExactly("ada");
        }
    }
}
