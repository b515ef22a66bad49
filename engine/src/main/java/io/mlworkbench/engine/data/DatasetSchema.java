package io.mlworkbench.engine.data;

import io.mlworkbench.engine.WorkbenchException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ordered columns of a dataset. Names are unique and case-sensitive.
 *
 * @param columns the columns in file order
 */
public record DatasetSchema(List<ColumnSchema> columns) {

    /** Copies the list and rejects duplicate names. */
    public DatasetSchema {
        columns = List.copyOf(columns);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Integer previous = seen.put(columns.get(i).name(), i);
            if (previous != null) {
                throw new WorkbenchException("Duplicate column name '" + columns.get(i).name() + "' at columns "
                        + (previous + 1) + " and " + (i + 1));
            }
        }
    }

    /** @return the number of columns */
    public int size() {
        return columns.size();
    }

    /**
     * @param index 0-based column index
     * @return that column
     */
    public ColumnSchema column(int index) {
        return columns.get(index);
    }

    /**
     * @param name a column name
     * @return its 0-based index, or -1
     */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param name a column name
     * @return the column, if present
     */
    public Optional<ColumnSchema> find(String name) {
        int i = indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(columns.get(i));
    }

    /** @return the target column, if one has that role */
    public Optional<ColumnSchema> target() {
        return columns.stream().filter(c -> c.role() == ColumnRole.TARGET).findFirst();
    }

    /** @return the column names in order */
    public List<String> names() {
        return columns.stream().map(ColumnSchema::name).toList();
    }
}
