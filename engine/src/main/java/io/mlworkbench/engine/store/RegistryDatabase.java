package io.mlworkbench.engine.store;

import io.mlworkbench.engine.WorkbenchException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The registry database of one workspace: a connection source, its schema brought up to date by Flyway
 * migrations, and {@link Jdbi} for the repositories.
 *
 * <p>Opening a database migrates it to this build's schema. A database whose schema was written by a newer
 * build is refused with {@link SchemaTooNewException} before anything is changed.
 */
public final class RegistryDatabase implements AutoCloseable {

    /** Where the migrations live on the class path. */
    static final String MIGRATIONS = "classpath:db/migration";

    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final Jdbi jdbi;
    private final String url;
    private final String schemaVersion;

    private RegistryDatabase(DataSource dataSource, AutoCloseable closer, String url) {
        this.dataSource = dataSource;
        this.closer = closer;
        this.url = url;
        this.schemaVersion = migrate(dataSource, url);
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens (creating if needed) an H2 file database and migrates it.
     *
     * @param databaseFileWithoutSuffix the database path without H2's {@code .mv.db} suffix
     * @return the open, migrated database
     */
    public static RegistryDatabase openH2File(java.nio.file.Path databaseFileWithoutSuffix) {
        // WRITE_DELAY=0: every commit reaches the file before the commit returns, so a killed process loses
        // nothing it committed. MAX_COMPACT_TIME=0: no compaction on close; with H2 2.3.232 compacting on close after
        // a session wrote a feature table's blob chunks and then a trained model left the file unopenable
        // ("Double mark" in FreeSpaceBitSet on the next open; see TrainOnFeatureSetCommandTest).
        String url = "jdbc:h2:file:" + databaseFileWithoutSuffix.toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
        JdbcDataSource ds = h2(url);
        Connection keeper = keeper(ds, url);
        return open(ds, keeper::close, url);
    }

    /**
     * Opens an in-memory H2 database, for tests and previews; it disappears when closed.
     *
     * @param name a name unique within this JVM
     * @return the open, migrated database
     */
    public static RegistryDatabase openInMemory(String name) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource ds = h2(url);
        Connection keeper = keeper(ds, url);
        return open(ds, () -> {
            try (keeper; Statement s = keeper.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }, url);
    }

    /*
     * H2 is embedded: a connection is a session in this JVM, opened in tens of microseconds, so H2 connections
     * are not pooled. H2's own pool (JdbcConnectionPool) wraps every connection in a class that takes a lock on
     * each JDBC call, ResultSet getters included: about 4 ms of CPU to read the registry's 10,000-version list.
     * One connection, held open until close, keeps the database open between transactions.
     */
    private static JdbcDataSource h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    private static Connection keeper(DataSource ds, String url) {
        try {
            return ds.getConnection();
        } catch (SQLException e) {
            throw new WorkbenchException("Could not open the registry database at " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a PostgreSQL database (a shared team registry) and migrates it.
     *
     * @param jdbcUrl a {@code jdbc:postgresql:} URL
     * @param user the database user
     * @param password the password, may be empty
     * @return the open, migrated database
     */
    public static RegistryDatabase openPostgres(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new WorkbenchException("Not a PostgreSQL JDBC URL: '" + jdbcUrl
                    + "' (expected jdbc:postgresql://host:port/database)");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        ds.setUser(user);
        ds.setPassword(password);
        return open(ds, () -> { }, jdbcUrl);
    }

    private static RegistryDatabase open(DataSource ds, AutoCloseable closer, String url) {
        try {
            return new RegistryDatabase(ds, closer, url);
        } catch (RuntimeException e) {
            try {
                closer.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static String migrate(DataSource ds, String url) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load();
        try {
            MigrationInfo newest = null;
            for (MigrationInfo info : flyway.info().applied()) {
                if (info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED) {
                    throw new SchemaTooNewException(url, String.valueOf(info.getVersion()), latestKnownVersion(flyway));
                }
                newest = info;
            }
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? (newest == null ? "0" : newest.getVersion().toString())
                    : current.getVersion().toString();
        } catch (FlywayException e) {
            throw new WorkbenchException("Could not bring the registry database at " + url
                    + " up to date: " + e.getMessage(), e);
        }
    }

    private static String latestKnownVersion(Flyway flyway) {
        String latest = "0";
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getState() != MigrationState.FUTURE_SUCCESS && info.getState() != MigrationState.FUTURE_FAILED
                    && info.getVersion() != null) {
                latest = info.getVersion().toString();
            }
        }
        return latest;
    }

    /**
     * The Jdbi instance the repositories use. Nested {@code withHandle}/{@code inTransaction} calls on one
     * thread share one handle, so a service can wrap several repository calls in one transaction.
     *
     * @return the Jdbi instance
     */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs work in one transaction: all of it is committed or none of it.
     *
     * @param work the work, given the transaction's handle
     * @param <R> the result type
     * @return what the work returned
     */
    public <R> R inTransaction(HandleCallback<R, RuntimeException> work) {
        return jdbi.inTransaction(work);
    }

    /**
     * Runs work without a result in one transaction.
     *
     * @param work the work, given the transaction's handle
     */
    public void useTransaction(HandleConsumer<RuntimeException> work) {
        jdbi.useTransaction(work);
    }

    /** @return the JDBC URL this database was opened with */
    public String url() {
        return url;
    }

    /** @return the schema version after migration, e.g. {@code "1"} */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** @return the connection source, for tools that need plain JDBC (e.g. bulk loading) */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (SQLException e) {
            throw new WorkbenchException("Could not close the registry database at " + url + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new WorkbenchException("Could not close the registry database at " + url, e);
        }
    }
}
