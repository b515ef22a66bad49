package io.mlworkbench.engine.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh schema in the PostgreSQL named by {@code MLWB_TEST_POSTGRES_URL} ({@code .ci/run} starts Debian's
 * PostgreSQL and sets it), dropped on close. Tests that need it are skipped when the variable is not set.
 */
public final class PostgresTestSchema implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String schema;

    private PostgresTestSchema(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    /**
     * Creates the schema, or skips the calling test when there is no PostgreSQL to test against.
     *
     * @return the new, empty schema
     * @throws SQLException when PostgreSQL refuses
     */
    public static PostgresTestSchema createOrSkip() throws SQLException {
        String url = System.getenv("MLWB_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "MLWB_TEST_POSTGRES_URL not set: no PostgreSQL to test against");
        String user = Objects.requireNonNullElse(System.getenv("MLWB_TEST_POSTGRES_USER"), "mlwb");
        String password = Objects.requireNonNullElse(System.getenv("MLWB_TEST_POSTGRES_PASSWORD"), "");
        String schema = "mlwb_test_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new PostgresTestSchema(url, user, password, schema);
    }

    /** @return a registry database on this schema, migrated */
    public RegistryDatabase open() {
        return RegistryDatabase.openPostgres(schemaUrl(), user, password);
    }

    /** @return plain connections to this schema, for building an older registry before {@link #open()} */
    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(schemaUrl());
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    private String schemaUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
