package io.mlworkbench.app.importing;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.data.dataset.ImportSource;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "from a database query" form: JDBC URL, user, password and SQL. The password is never stored. */
public final class DatabaseQueryForm {

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty sql = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Messages messages;

    /** @param messages user-visible text */
    public DatabaseQueryForm(Messages messages) {
        this.messages = messages;
    }

    /** @return the source, or empty when the URL or the SQL is missing ({@link #errorProperty()} says which) */
    Optional<ImportSource.JdbcQuery> toSource() {
        if (url.get().isBlank() || !url.get().strip().startsWith("jdbc:")) {
            error.set(messages.text("import.query.noUrl"));
            return Optional.empty();
        }
        if (sql.get().isBlank()) {
            error.set(messages.text("import.query.noSql"));
            return Optional.empty();
        }
        error.set("");
        return Optional.of(new ImportSource.JdbcQuery(url.get().strip(), blankToNull(user.get()),
                blankToNull(password.get()), sql.get().strip()));
    }

    /** @return the URL and the query's first line, for the source label */
    String describe() {
        String firstLine = sql.get().strip().lines().findFirst().orElse("");
        return url.get().strip() + " \u2014 " + firstLine;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** @return the JDBC URL */
    public StringProperty urlProperty() {
        return url;
    }

    /** @return the database user (optional) */
    public StringProperty userProperty() {
        return user;
    }

    /** @return the password (optional, never stored) */
    public StringProperty passwordProperty() {
        return password;
    }

    /** @return the SQL query */
    public StringProperty sqlProperty() {
        return sql;
    }

    /** @return why the form cannot be used yet, empty when it can */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
