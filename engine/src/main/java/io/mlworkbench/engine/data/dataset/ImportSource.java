package io.mlworkbench.engine.data.dataset;

import io.mlworkbench.engine.data.columnar.ColumnarFormat;
import io.mlworkbench.engine.data.jdbc.JdbcRecordSource;
import java.nio.file.Path;
import java.util.Locale;

/** Where an import reads from. */
public sealed interface ImportSource {

    /** @return the kind of source */
    SourceKind kind();

    /** @return what is stored as the version's source: the path, or the URL (password removed) and query */
    String describe();

    /**
     * Chooses the source kind from a file's extension: {@code .xlsx} is a workbook ({@code .xls} too, so that
     * the user is told to save it as {@code .xlsx}), {@code .mlwb} an exported dataset, anything else delimited text.
     *
     * @param file a file
     * @return the source
     */
    static ImportSource ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return new ExcelFile(file);
        }
        if (name.endsWith(ColumnarFormat.FILE_EXTENSION)) {
            return new ExportedFile(file);
        }
        return new CsvFile(file);
    }

    /**
     * A delimited text file.
     *
     * @param path the file
     */
    record CsvFile(Path path) implements ImportSource {
        @Override
        public SourceKind kind() {
            return SourceKind.CSV;
        }

        @Override
        public String describe() {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    /**
     * An Excel {@code .xlsx} workbook; the sheet is chosen in the import options.
     *
     * @param path the file
     */
    record ExcelFile(Path path) implements ImportSource {
        @Override
        public SourceKind kind() {
            return SourceKind.XLSX;
        }

        @Override
        public String describe() {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    /**
     * A dataset exported by the workbench ({@code .mlwb}).
     *
     * @param path the file
     */
    record ExportedFile(Path path) implements ImportSource {
        @Override
        public SourceKind kind() {
            return SourceKind.EXPORT;
        }

        @Override
        public String describe() {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    /**
     * An SQL query against a JDBC URL.
     *
     * @param url the JDBC URL
     * @param user the database user, may be null
     * @param password the password, may be null; never stored
     * @param sql the query
     */
    record JdbcQuery(String url, String user, String password, String sql) implements ImportSource {
        @Override
        public SourceKind kind() {
            return SourceKind.JDBC;
        }

        @Override
        public String describe() {
            return JdbcRecordSource.redact(url) + "\n" + sql;
        }

        @Override
        public String toString() {
            return "JdbcQuery[url=" + JdbcRecordSource.redact(url) + ", user=" + user + ", sql=" + sql + "]";
        }
    }
}
