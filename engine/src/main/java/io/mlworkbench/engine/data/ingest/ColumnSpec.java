package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import java.util.Optional;

/**
 * What to make of one source column, by position: the name, type and role it gets in the dataset. Inferred
 * by the preview and changeable by the user before importing.
 *
 * @param name the column's name in the dataset (a rename when it differs from the header)
 * @param type the type its values are parsed as
 * @param role what it is for
 * @param dateTimeFormat for DATETIME: the pattern, e.g. {@code yyyy-MM-dd}; null otherwise
 * @param normaliseLabel for label columns: trim surrounding spaces and strip one trailing {@code '.'} from
 *     every value (Adult's test labels are {@code >50K.} where the training labels are {@code >50K})
 */
public record ColumnSpec(String name, ColumnType type, ColumnRole role, String dateTimeFormat, boolean normaliseLabel) {

    /** Rejects a missing type or role and a DATETIME without pattern. */
    public ColumnSpec {
        if (type == null || role == null) {
            throw new WorkbenchException("Column '" + name + "' needs a type and a role");
        }
        if (type == ColumnType.DATETIME && (dateTimeFormat == null || dateTimeFormat.isBlank())) {
            throw new WorkbenchException("Column '" + name + "' is DATETIME but has no date/time pattern;"
                    + " give one such as yyyy-MM-dd");
        }
        if (type != ColumnType.DATETIME) {
            dateTimeFormat = null;
        }
    }

    /**
     * @param name the column name
     * @param type its type
     * @return a feature column
     */
    public static ColumnSpec of(String name, ColumnType type) {
        return new ColumnSpec(name, type, ColumnRole.FEATURE, null, false);
    }

    /**
     * @param newName the name to give
     * @return this column renamed
     */
    public ColumnSpec withName(String newName) {
        return new ColumnSpec(newName, type, role, dateTimeFormat, normaliseLabel);
    }

    /**
     * @param newType the type to give; DATETIME keeps this column's pattern, if any
     * @return this column with another type
     */
    public ColumnSpec withType(ColumnType newType) {
        return new ColumnSpec(name, newType, role, dateTimeFormat, normaliseLabel);
    }

    /**
     * @param pattern a date/time pattern
     * @return this column as DATETIME with that pattern
     */
    public ColumnSpec withDateTime(String pattern) {
        return new ColumnSpec(name, ColumnType.DATETIME, role, pattern, normaliseLabel);
    }

    /**
     * @param newRole the role to give
     * @return this column with another role
     */
    public ColumnSpec withRole(ColumnRole newRole) {
        return new ColumnSpec(name, type, newRole, dateTimeFormat, normaliseLabel);
    }

    /**
     * @param normalise whether to normalise labels
     * @return this column with label normalisation on or off
     */
    public ColumnSpec withNormaliseLabel(boolean normalise) {
        return new ColumnSpec(name, type, role, dateTimeFormat, normalise);
    }

    /** @return the column's schema in the dataset */
    public ColumnSchema toSchema() {
        return new ColumnSchema(name, type, role, Optional.ofNullable(dateTimeFormat));
    }
}
