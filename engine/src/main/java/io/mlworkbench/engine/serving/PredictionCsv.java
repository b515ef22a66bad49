package io.mlworkbench.engine.serving;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.training.TrainedModel.RowPrediction;
import io.mlworkbench.engine.training.algorithm.TaskType;
import java.io.IOException;
import io.mlworkbench.engine.WorkbenchException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes scored rows as CSV (RFC 4180: comma, {@code \n}, quotes only where needed): the input columns as read,
 * then {@code prediction} and, for classification, one {@code probability_<label>} column per class in the
 * model's label order (suffixed {@code _2}, {@code _3} ... where an input column already has the name). Numbers are written in full precision, so the same rows scored by the same model give the
 * same bytes in any workspace.
 */
public final class PredictionCsv {

    private PredictionCsv() {
    }

    /**
     * @param model the model that scored the rows (for the task and the class labels)
     * @param rows the rows as read
     * @param predictions one per row
     * @param out where to write; not closed
     */
    public static void write(LoadedModel model, Table rows, List<RowPrediction> predictions, Writer out) {
        boolean classification = model.task() == TaskType.CLASSIFICATION;
        try {
            List<String> added = new ArrayList<>();
            added.add("prediction");
            if (classification) {
                model.classLabels().forEach(l -> added.add("probability_" + l));
            }
            List<String> header = new ArrayList<>(rows.schema().names());
            header.addAll(outputNames(rows.schema().names(), added));
            line(header, out);
            List<String> fields = new ArrayList<>(header.size());
            for (int r = 0; r < rows.rowCount(); r++) {
                fields.clear();
                for (Column c : rows.columns()) {
                    fields.add(c.format(r));
                }
                RowPrediction p = predictions.get(r);
                if (classification) {
                    fields.add(p.label());
                    model.classLabels().forEach(l -> fields.add(Double.toString(p.scores().getOrDefault(l, 0.0))));
                } else {
                    fields.add(Double.toString(p.value()));
                }
                line(fields, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new WorkbenchException("Cannot write the predictions: " + e.getMessage(), e);
        }
    }

    /**
     * @param inputNames the input columns, written first
     * @param wanted the names of the added columns
     * @return the added columns' names, each made unique against the input and the others by a {@code _2},
     *     {@code _3} ... suffix (an input column already called {@code prediction} keeps its name)
     */
    static List<String> outputNames(List<String> inputNames, List<String> wanted) {
        java.util.Set<String> taken = new java.util.HashSet<>(inputNames);
        List<String> names = new ArrayList<>(wanted.size());
        for (String name : wanted) {
            String unique = name;
            for (int n = 2; taken.contains(unique); n++) {
                unique = name + "_" + n;
            }
            taken.add(unique);
            names.add(unique);
        }
        return names;
    }

    private static void line(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    /**
     * @param field a value, null for missing
     * @return the value as a CSV field: empty for missing, quoted when it holds a comma, quote or line break
     */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
