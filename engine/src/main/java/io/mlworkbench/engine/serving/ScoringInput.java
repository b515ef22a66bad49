package io.mlworkbench.engine.serving;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.RowValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what a caller sends (a table, or serving rows as maps) into a table holding exactly a model's input
 * columns with the model's types. Numbers arrive as numbers or numeric text; labels as any value's text. Missing
 * values and unseen categories pass through (the encoding and the feature steps define their result, see
 * {@code docs/features.md}); text that is not a number where one is needed is refused naming row and column.
 */
final class ScoringInput {

    private ScoringInput() {
    }

    /**
     * @param inputs the model's input columns
     * @param table the caller's rows; it must hold every input column (extra columns are ignored)
     * @param model names the model in messages
     * @return the input columns, converted to the model's types
     * @throws ScoringInputException for an absent column or a value of the wrong kind
     */
    static Table conform(DatasetSchema inputs, Table table, String model) {
        List<String> absent = inputs.names().stream().filter(n -> table.schema().indexOf(n) < 0).toList();
        if (!absent.isEmpty()) {
            throw new ScoringInputException(0, absent.get(0), "The rows lack column" + (absent.size() > 1 ? "s " : " ")
                    + absent.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")) + " that " + model
                    + " needs; expected columns " + describe(inputs) + ", got " + table.schema().names(), null);
        }
        List<ColumnBuilder> columns = new ArrayList<>(inputs.size());
        for (ColumnSchema wanted : inputs.columns()) {
            Column given = table.column(wanted.name());
            ColumnBuilder out = new ColumnBuilder(wanted, table.rowCount());
            boolean numeric = wanted.type().isNumericStorage();
            for (int r = 0; r < table.rowCount(); r++) {
                if (numeric && given instanceof NumericColumn n) {
                    out.addNumber(n.get(r));
                } else if (numeric) {
                    out.addNumber(number(wanted, ((StringColumn) given).get(r), r));
                } else {
                    out.addString(given instanceof StringColumn s ? s.get(r) : given.format(r));
                }
            }
            columns.add(out);
        }
        return Table.of(columns);
    }

    /**
     * @param inputs the model's input columns
     * @param rows serving rows: field name to value; an absent or null field is a missing value, unknown fields
     *     are ignored
     * @return the rows as a table of the input columns
     * @throws ScoringInputException for a value of the wrong kind
     */
    static Table fromRows(DatasetSchema inputs, List<? extends Map<String, ?>> rows) {
        List<ColumnBuilder> columns = new ArrayList<>(inputs.size());
        for (ColumnSchema wanted : inputs.columns()) {
            ColumnBuilder out = new ColumnBuilder(wanted, rows.size());
            boolean numeric = wanted.type().isNumericStorage();
            for (int r = 0; r < rows.size(); r++) {
                Object value = rows.get(r) == null ? null : rows.get(r).get(wanted.name());
                if (numeric) {
                    out.addNumber(number(wanted, value, r));
                } else {
                    out.addString(RowValues.label(value));
                }
            }
            columns.add(out);
        }
        return Table.of(columns);
    }

    /** @return the columns with their types, e.g. {@code [tenure (DECIMAL), plan (CATEGORICAL)]} */
    static String describe(DatasetSchema inputs) {
        return inputs.columns().stream().map(c -> c.name() + " (" + c.type() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static double number(ColumnSchema column, Object value, int row) {
        try {
            return RowValues.number(column, value);
        } catch (WorkbenchException e) {
            throw new ScoringInputException(row + 1, column.name(), "Row " + (row + 1) + ": " + e.getMessage(), e);
        }
    }
}
