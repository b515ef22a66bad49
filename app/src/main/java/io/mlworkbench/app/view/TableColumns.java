package io.mlworkbench.app.view;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Fills table columns from row records, the one way every view does it. */
public final class TableColumns {

    private TableColumns() {
    }

    /**
     * Shows a text value of each row in a column.
     *
     * @param column the column
     * @param value what the column shows of a row
     * @param <R> the row type
     */
    public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue()))
                .getReadOnlyProperty());
    }

    /**
     * Shows rows of text whose columns are known only at run time (a preview, failing rows), replacing what the
     * table showed before.
     *
     * @param table the table
     * @param header the column titles
     * @param rows the rows, one text (or null for an empty cell) per column
     * @param emphasised the title of a column to emphasise, or null
     */
    public static void fill(TableView<List<String>> table, List<String> header, List<List<String>> rows,
                            String emphasised) {
        table.getColumns().clear();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(header.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(index < cell.getValue().size()
                    ? cell.getValue().get(index) : null).getReadOnlyProperty());
            column.setPrefWidth(width(header.get(i), rows, i));
            if (header.get(i).equals(emphasised)) {
                column.getStyleClass().add("emphasised-column");
            }
            table.getColumns().add(column);
        }
        table.getItems().setAll(rows);
    }

    /** Wide enough for the title and the longer values of the first rows, within 60 to 240 pixels. */
    private static double width(String title, List<List<String>> rows, int column) {
        int characters = title.length() + 2;
        for (List<String> row : rows.subList(0, Math.min(50, rows.size()))) {
            if (column < row.size() && row.get(column) != null) {
                characters = Math.max(characters, row.get(column).length());
            }
        }
        return Math.max(60, Math.min(240, characters * 7.5 + 20));
    }
}
