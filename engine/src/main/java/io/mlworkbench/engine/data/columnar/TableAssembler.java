package io.mlworkbench.engine.data.columnar;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.task.CancellationToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads every row group of a columnar file into one {@link Table}, merging the groups' label dictionaries. */
public final class TableAssembler {

    private TableAssembler() {
    }

    /**
     * @param reader a reader positioned before the first row group
     * @param cancel checked once per row group
     * @return all rows as one table
     */
    public static Table readAll(ColumnarReader reader, CancellationToken cancel) {
        DatasetSchema schema = reader.schema();
        long total = reader.rowCount();
        if (total > Integer.MAX_VALUE - 8) {
            throw new WorkbenchException("A table of " + total
                    + " rows is too large to load at once; stream its row groups instead");
        }
        int rows = (int) total;
        int width = schema.size();
        double[][] numbers = new double[width][];
        int[][] codes = new int[width][];
        List<List<String>> dictionaries = new ArrayList<>();
        List<Map<String, Integer>> codeOf = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            boolean numeric = schema.column(c).type().isNumericStorage();
            numbers[c] = numeric ? new double[rows] : null;
            codes[c] = numeric ? null : new int[rows];
            dictionaries.add(new ArrayList<>());
            codeOf.add(new HashMap<>());
        }
        int at = 0;
        Optional<Table> batch;
        while ((batch = reader.next()).isPresent()) {
            cancel.throwIfCancelled("loading the dataset");
            Table t = batch.get();
            int n = t.rowCount();
            for (int c = 0; c < width; c++) {
                Column col = t.column(c);
                if (col instanceof NumericColumn num) {
                    System.arraycopy(num.toArray(), 0, numbers[c], at, n);
                } else {
                    StringColumn s = (StringColumn) col;
                    int[] remap = new int[s.dictionary().size()];
                    for (int k = 0; k < remap.length; k++) {
                        List<String> dict = dictionaries.get(c);
                        remap[k] = codeOf.get(c).computeIfAbsent(s.dictionary().get(k), label -> {
                            dict.add(label);
                            return dict.size() - 1;
                        });
                    }
                    for (int r = 0; r < n; r++) {
                        int code = s.code(r);
                        codes[c][at + r] = code < 0 ? -1 : remap[code];
                    }
                }
            }
            at += n;
        }
        List<Column> columns = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            ColumnSchema cs = schema.column(c);
            columns.add(numbers[c] != null ? new NumericColumn(cs, numbers[c], rows)
                    : new StringColumn(cs, codes[c], dictionaries.get(c), rows));
        }
        return new Table(schema, columns);
    }
}
