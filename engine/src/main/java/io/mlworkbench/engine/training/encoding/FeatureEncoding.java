package io.mlworkbench.engine.training.encoding;

import io.mlworkbench.engine.training.algorithm.TaskType;
import java.util.ArrayList;
import java.util.List;

/**
 * The fitted encoding of a table's input columns into Tribuo features, stored with every run.
 *
 * @param target the target column's name
 * @param task classification or regression
 * @param classLabels for classification: the target's labels in sorted order, exactly as in the data
 * @param columns the input columns, in table order
 */
public record FeatureEncoding(String target, TaskType task, List<String> classLabels, List<EncodedColumn> columns) {

    /** The category standing for values that were rare or unseen in training. */
    public static final String OTHER = "__other__";
    /** The category standing for a missing value of a categorical column. */
    public static final String MISSING = "__missing__";

    /** Copies the lists. */
    public FeatureEncoding {
        classLabels = List.copyOf(classLabels);
        columns = List.copyOf(columns);
    }

    /** @return the names of the input columns, in order */
    public List<String> inputColumns() {
        return columns.stream().map(EncodedColumn::name).toList();
    }

    /** @return how many Tribuo features the encoding produces */
    public int featureCount() {
        int n = 0;
        for (EncodedColumn c : columns) {
            n += c.kind() == EncodedColumn.Kind.NUMERIC ? 1 : c.categories().size();
        }
        return n;
    }

    /** @return every Tribuo feature name, column by column */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (EncodedColumn c : columns) {
            if (c.kind() == EncodedColumn.Kind.NUMERIC) {
                names.add(c.name());
            } else {
                c.categories().forEach(k -> names.add(c.featureName(k)));
            }
        }
        return names;
    }

    /**
     * @param featureName a Tribuo feature name produced by this encoding
     * @return the input column it came from
     */
    public String columnOf(String featureName) {
        String best = featureName;
        int bestLength = -1;
        for (EncodedColumn c : columns) {
            boolean matches = featureName.equals(c.name()) || featureName.startsWith(c.name() + "=");
            if (matches && c.name().length() > bestLength) {
                best = c.name();
                bestLength = c.name().length();
            }
        }
        return best;
    }
}
