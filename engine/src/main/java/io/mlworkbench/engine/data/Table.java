package io.mlworkbench.engine.data;

import io.mlworkbench.engine.WorkbenchException;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable, column-oriented table: what profiling, validation, feature engineering and training read.
 *
 * @param schema the columns' schemas, in order
 * @param columns the columns, same order as the schema, all of {@link #rowCount()} values
 */
public record Table(DatasetSchema schema, List<Column> columns) {

    /** Checks that columns match the schema and have equal length. */
    public Table {
        columns = List.copyOf(columns);
        if (columns.size() != schema.size()) {
            throw new IllegalArgumentException(schema.size() + " schema columns but " + columns.size() + " columns");
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).schema().equals(schema.column(i))) {
                throw new IllegalArgumentException("column " + i + " does not match its schema");
            }
            if (columns.get(i).size() != columns.get(0).size()) {
                throw new IllegalArgumentException("column " + columns.get(i).schema().name() + " has "
                        + columns.get(i).size() + " values, expected " + columns.get(0).size());
            }
        }
    }

    /**
     * Builds a table from finished column builders.
     *
     * @param builders one per column, all of equal size
     * @return the table
     */
    public static Table of(List<ColumnBuilder> builders) {
        List<Column> cols = new ArrayList<>(builders.size());
        List<ColumnSchema> schemas = new ArrayList<>(builders.size());
        for (ColumnBuilder b : builders) {
            Column c = b.build();
            cols.add(c);
            schemas.add(c.schema());
        }
        return new Table(new DatasetSchema(schemas), cols);
    }

    /** @return the number of rows */
    public int rowCount() {
        return columns.isEmpty() ? 0 : columns.get(0).size();
    }

    /**
     * @param rows how many rows to keep (0 or more)
     * @return a table of the first {@code rows} rows, or this table when it has no more than that
     */
    public Table head(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be 0 or more, got " + rows);
        }
        if (rows >= rowCount()) {
            return this;
        }
        List<ColumnBuilder> builders = new ArrayList<>(columns.size());
        for (Column c : columns) {
            ColumnBuilder b = new ColumnBuilder(c.schema(), rows);
            for (int r = 0; r < rows; r++) {
                if (c instanceof NumericColumn n) {
                    b.addNumber(n.get(r));
                } else {
                    b.addString(((StringColumn) c).get(r));
                }
            }
            builders.add(b);
        }
        return of(builders);
    }

    /**
     * @param index 0-based column index
     * @return that column
     */
    public Column column(int index) {
        return columns.get(index);
    }

    /**
     * @param name a column name
     * @return that column
     * @throws WorkbenchException when there is no such column
     */
    public Column column(String name) {
        int i = schema.indexOf(name);
        if (i < 0) {
            throw new WorkbenchException("No column named '" + name + "'; the columns are " + schema.names());
        }
        return columns.get(i);
    }
}
