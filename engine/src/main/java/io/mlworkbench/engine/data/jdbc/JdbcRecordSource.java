package io.mlworkbench.engine.data.jdbc;

import io.mlworkbench.engine.data.ingest.RawRecord;
import io.mlworkbench.engine.data.ingest.RecordSink;
import io.mlworkbench.engine.data.ingest.RecordSource;
import io.mlworkbench.engine.data.ingest.SourceReadException;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The rows of one SQL query, streamed with a fetch size, read-only. The first record is the header (the
 * query's column labels). Values are handed on as text in a fixed form (numbers in plain notation, dates as
 * {@code yyyy-MM-dd}, timestamps as {@code yyyy-MM-dd HH:mm:ss.SSS}, zoned ones as ISO instants) so that the
 * same type inference applies as for files. SQL NULL is missing. Every SQL error is reported with the URL
 * (password removed) and SQL state.
 */
public final class JdbcRecordSource implements RecordSource {

    private static final int FETCH_SIZE = 1000;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT);

    private final String url;
    private final String user;
    private final String password;
    private final String sql;

    /**
     * @param url a JDBC URL
     * @param user the database user, may be null
     * @param password the password, may be null; never stored or shown
     * @param sql the query
     */
    public JdbcRecordSource(String url, String user, String password, String sql) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.sql = sql;
    }

    /**
     * @param url a JDBC URL
     * @return it without any {@code password=...} parameter, fit to store and show
     */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }

    @Override
    public String name() {
        return "query on " + redact(url);
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    public String location(long line) {
        return line <= 1 ? name() + " (column labels)" : name() + " row " + (line - 1);
    }

    @Override
    public void read(RecordSink sink, ProgressListener progress, CancellationToken cancel) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = statement.executeQuery(sql)) {
                    readRows(rs, sink, progress, cancel);
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new SourceReadException("The query failed on " + redact(url) + ": " + e.getMessage()
                    + " (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private void readRows(ResultSet rs, RecordSink sink, ProgressListener progress, CancellationToken cancel)
            throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        RawRecord record = new RawRecord();
        record.setLine(1);
        for (int c = 1; c <= n; c++) {
            record.addField(meta.getColumnLabel(c));
        }
        if (!sink.accept(record)) {
            return;
        }
        long row = 0;
        while (rs.next()) {
            record.clear();
            record.setLine(++row + 1);
            for (int c = 1; c <= n; c++) {
                record.addField(text(rs, c, meta.getColumnType(c), meta.getColumnLabel(c)));
            }
            if (row % FETCH_SIZE == 0) {
                cancel.throwIfCancelled("reading the query result");
                progress.progress(row, -1, "Reading " + name());
            }
            if (!sink.accept(record)) {
                return;
            }
        }
    }

    private String text(ResultSet rs, int c, int type, String label) throws SQLException {
        switch (type) {
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal v = rs.getBigDecimal(c);
                return v == null ? null : v.toPlainString();
            }
            case Types.DATE -> {
                LocalDate v = rs.getObject(c, LocalDate.class);
                return v == null ? null : v.toString();
            }
            case Types.TIMESTAMP -> {
                LocalDateTime v = rs.getObject(c, LocalDateTime.class);
                return v == null ? null : TIMESTAMP.format(v);
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime v = rs.getObject(c, OffsetDateTime.class);
                return v == null ? null : v.toInstant().toString();
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> throw new SourceReadException(
                    "Column '" + label + "' of the query holds binary data, which cannot be imported;"
                            + " leave it out of the query", null);
            default -> {
                return rs.getString(c);
            }
        }
    }
}
