package io.mlworkbench.app.view;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Makes and fills table columns from row records, the one way every view does it: a view lists its columns in
 * code, each with its title, width and what it shows of a row, in one line.
 */
public final class TableColumns {

    private TableColumns() {
    }

    /**
     * A column showing a text of each row.
     *
     * @param title the column title
     * @param width its preferred width in pixels
     * @param value what the column shows of a row
     * @param <R> the row type
     * @return the column
     */
    public static <R> TableColumn<R, String> text(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        text(column, value);
        return column;
    }

    /**
     * A column showing an observable value of each row (a live status, a check box, a progress); the caller sets
     * the cell factory that draws it when text is not enough.
     *
     * @param title the column title
     * @param width its preferred width in pixels
     * @param value what the column shows of a row
     * @param <R> the row type
     * @param <T> the value type
     * @return the column
     */
    public static <R, T> TableColumn<R, T> observed(String title, double width, Function<R, ObservableValue<T>> value) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return column;
    }

    /**
     * Shows a text value of each row in a column declared elsewhere.
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
