package io.mlworkbench.engine.features;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import java.util.ArrayList;
import java.util.List;

/** Small tables for feature tests. */
public final class TestTables {

    private final List<ColumnBuilder> builders = new ArrayList<>();

    private TestTables() {
    }

    /** @return a new table builder */
    public static TestTables builder() {
        return new TestTables();
    }

    /**
     * @param name column name
     * @param type a numeric-storage type
     * @param values the values, NaN for missing
     * @return this builder
     */
    public TestTables numbers(String name, ColumnType type, double... values) {
        ColumnBuilder b = new ColumnBuilder(ColumnSchema.feature(name, type), values.length);
        for (double v : values) {
            b.addNumber(v);
        }
        builders.add(b);
        return this;
    }

    /**
     * @param name column name
     * @param values the labels, null for missing
     * @return this builder
     */
    public TestTables labels(String name, String... values) {
        ColumnBuilder b = new ColumnBuilder(ColumnSchema.feature(name, ColumnType.CATEGORICAL), values.length);
        for (String v : values) {
            b.addString(v);
        }
        builders.add(b);
        return this;
    }

    /** @return the table */
    public Table build() {
        return Table.of(builders);
    }

    /**
     * @param table a table
     * @param column a numeric column
     * @return its values
     */
    public static double[] numbers(Table table, String column) {
        return ((NumericColumn) table.column(column)).toArray();
    }

    /**
     * @param table a table
     * @param column a label column
     * @return its values
     */
    public static List<String> labels(Table table, String column) {
        StringColumn c = (StringColumn) table.column(column);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            out.add(c.get(i));
        }
        return out;
    }

    /**
     * @param table a table
     * @param row a row
     * @return the row as the serving path takes it: numbers as Double, labels as String, missing as null
     */
    public static java.util.Map<String, Object> row(Table table, int row) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < table.schema().size(); i++) {
            if (table.column(i) instanceof NumericColumn n) {
                double v = n.get(row);
                out.put(table.schema().column(i).name(), Double.isNaN(v) ? null : v);
            } else {
                out.put(table.schema().column(i).name(), ((StringColumn) table.column(i)).get(row));
            }
        }
        return out;
    }
}
