package io.mlworkbench.engine.data;

import io.mlworkbench.engine.WorkbenchException;
import java.util.Optional;

/**
 * One column of a dataset's schema.
 *
 * @param name the column name, unique within the dataset, never blank
 * @param type the value type
 * @param role what the column is for
 * @param dateTimeFormat for DATETIME columns parsed from text: the pattern they were parsed with
 */
public record ColumnSchema(String name, ColumnType type, ColumnRole role, Optional<String> dateTimeFormat) {

    /** Rejects blank names and missing parts. */
    public ColumnSchema {
        if (name == null || name.isBlank()) {
            throw new WorkbenchException("A column needs a name (got a blank one)");
        }
        if (type == null || role == null || dateTimeFormat == null) {
            throw new WorkbenchException("Column '" + name + "' needs a type, a role and an optional date format");
        }
    }

    /**
     * @param name the column name
     * @param type the value type
     * @return a feature column without date format
     */
    public static ColumnSchema feature(String name, ColumnType type) {
        return new ColumnSchema(name, type, ColumnRole.FEATURE, Optional.empty());
    }

    /**
     * @param newRole the role to give
     * @return this column with another role
     */
    public ColumnSchema withRole(ColumnRole newRole) {
        return new ColumnSchema(name, type, newRole, dateTimeFormat);
    }

    /**
     * @param newType the type to give
     * @return this column with another type (and no date format unless DATETIME keeps it)
     */
    public ColumnSchema withType(ColumnType newType) {
        return new ColumnSchema(name, newType, role, newType == ColumnType.DATETIME ? dateTimeFormat : Optional.empty());
    }

    /**
     * @param newName the name to give
     * @return this column renamed
     */
    public ColumnSchema withName(String newName) {
        return new ColumnSchema(newName, type, role, dateTimeFormat);
    }
}
