package io.mlworkbench.engine.features;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.step.RowBuffer;
import java.util.ArrayList;
import java.util.List;

/** Reads table rows into {@link RowBuffer}s of a layout, and collects buffers into a new table. */
final class TableRows {

    private TableRows() {
    }

    /** Reads the rows of a table in a given layout, matching columns by name. */
    static final class Reader {

        private final NumericColumn[] numbers;
        private final StringColumn[] labels;

        Reader(Table table, DatasetSchema layout) {
            numbers = new NumericColumn[layout.size()];
            labels = new StringColumn[layout.size()];
            List<String> absent = new ArrayList<>();
            for (int slot = 0; slot < layout.size(); slot++) {
                ColumnSchema wanted = layout.column(slot);
                int i = table.schema().indexOf(wanted.name());
                if (i < 0) {
                    absent.add(wanted.name());
                    continue;
                }
                Column c = table.column(i);
                if (c.schema().type().isNumericStorage() != wanted.type().isNumericStorage()) {
                    throw new WorkbenchException("Column '" + wanted.name() + "' is " + c.schema().type()
                            + " but the pipeline was fitted on " + wanted.type());
                }
                if (c instanceof NumericColumn n) {
                    numbers[slot] = n;
                } else {
                    labels[slot] = (StringColumn) c;
                }
            }
            if (!absent.isEmpty()) {
                throw new WorkbenchException("The table lacks columns the pipeline reads: " + absent
                        + "; it has " + table.schema().names());
            }
        }

        void read(int row, RowBuffer into) {
            for (int slot = 0; slot < numbers.length; slot++) {
                if (numbers[slot] != null) {
                    into.setNumber(slot, numbers[slot].get(row));
                } else {
                    into.setLabel(slot, labels[slot].get(row));
                }
            }
        }
    }

    /** Collects rows of a layout into column builders. */
    static final class Writer {

        private final DatasetSchema layout;
        private final ColumnBuilder[] builders;
        private final boolean[] numeric;

        Writer(DatasetSchema layout, int expectedRows) {
            this.layout = layout;
            builders = new ColumnBuilder[layout.size()];
            numeric = new boolean[layout.size()];
            for (int slot = 0; slot < layout.size(); slot++) {
                builders[slot] = new ColumnBuilder(layout.column(slot), expectedRows);
                numeric[slot] = layout.column(slot).type().isNumericStorage();
            }
        }

        void write(RowBuffer row) {
            for (int slot = 0; slot < builders.length; slot++) {
                if (numeric[slot]) {
                    builders[slot].addNumber(row.number(slot));
                } else {
                    builders[slot].addString(row.label(slot));
                }
            }
        }

        Table build() {
            List<Column> columns = new ArrayList<>(builders.length);
            for (ColumnBuilder b : builders) {
                columns.add(b.build());
            }
            return new Table(layout, columns);
        }
    }

    /**
     * @param table a table
     * @param rows row indices, in the order wanted
     * @return a new table of those rows
     */
    static Table select(Table table, int[] rows) {
        Writer writer = new Writer(table.schema(), rows.length);
        Reader reader = new Reader(table, table.schema());
        RowBuffer buffer = new RowBuffer(table.schema().size());
        for (int r : rows) {
            if (r < 0 || r >= table.rowCount()) {
                throw new WorkbenchException("Training row " + r + " is outside the table's " + table.rowCount()
                        + " rows");
            }
            reader.read(r, buffer);
            writer.write(buffer);
        }
        return writer.build();
    }

    /**
     * @param table a table
     * @param extra a column of the same length to add at the end
     * @return the table with that column
     */
    static Table append(Table table, Column extra) {
        List<ColumnSchema> schemas = new ArrayList<>(table.schema().columns());
        schemas.add(extra.schema());
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(extra);
        return new Table(new DatasetSchema(schemas), columns);
    }

    /**
     * @param table a table
     * @param name a numeric column of it
     * @param values its new values, one per row
     * @return the table with that column's values replaced
     */
    static Table replaceNumbers(Table table, String name, double[] values) {
        int i = table.schema().indexOf(name);
        List<Column> columns = new ArrayList<>(table.columns());
        columns.set(i, new NumericColumn(table.schema().column(i), values.clone(), values.length));
        return new Table(table.schema(), columns);
    }
}
