package io.mlworkbench.engine.data.dataset;

import java.util.Locale;

/** The kind of source a dataset version was imported from; stored lower-case in {@code source_kind}. */
public enum SourceKind {
    /** A delimited text file. */
    CSV,
    /** An Excel workbook sheet. */
    XLSX,
    /** An SQL query. */
    JDBC,
    /** A dataset exported by the workbench. */
    EXPORT;

    /** @return the stored name, e.g. {@code csv} */
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param stored a stored name
     * @return the kind
     */
    public static SourceKind fromDbName(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
