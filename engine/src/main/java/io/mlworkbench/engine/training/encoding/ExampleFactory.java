package io.mlworkbench.engine.training.encoding;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Turns rows of one table into Tribuo {@link Example}s with a fitted {@link FeatureEncoding}. Labels are the
 * target's values exactly as the table holds them (no case change, no trimming).
 */
public final class ExampleFactory {

    private final FeatureEncoding encoding;
    private final Column[] inputs;
    private final List<Map<String, Integer>> categoryIndex;
    private final List<String[]> featureNames;
    private final Column target;

    private ExampleFactory(FeatureEncoding encoding, Column[] inputs, List<Map<String, Integer>> categoryIndex,
                           List<String[]> featureNames, Column target) {
        this.encoding = encoding;
        this.inputs = inputs;
        this.categoryIndex = categoryIndex;
        this.featureNames = featureNames;
        this.target = target;
    }

    /**
     * Binds an encoding to a table, checking that every input column is there with a usable type.
     *
     * @param encoding the fitted encoding
     * @param table a table holding the encoding's input columns (the target is optional)
     * @return the factory
     * @throws EncodingException naming a missing or incompatible column
     */
    public static ExampleFactory bind(FeatureEncoding encoding, Table table) {
        Column[] inputs = new Column[encoding.columns().size()];
        List<Map<String, Integer>> index = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            EncodedColumn ec = encoding.columns().get(i);
            if (table.schema().indexOf(ec.name()) < 0) {
                throw new EncodingException("Input column '" + ec.name() + "' that the model was trained on is not"
                        + " in the table; expected columns " + encoding.inputColumns());
            }
            inputs[i] = table.column(ec.name());
            if (ec.kind() == EncodedColumn.Kind.NUMERIC && !(inputs[i] instanceof NumericColumn)) {
                throw new EncodingException("Input column '" + ec.name() + "' holds " + inputs[i].schema().type()
                        + " values; the model was trained on numbers there");
            }
            Map<String, Integer> categories = new HashMap<>();
            String[] featureNames = new String[Math.max(1, ec.categories().size())];
            if (ec.kind() == EncodedColumn.Kind.NUMERIC) {
                featureNames[0] = ec.name();
            } else {
                for (int k = 0; k < ec.categories().size(); k++) {
                    categories.put(ec.categories().get(k), k);
                    featureNames[k] = ec.featureName(ec.categories().get(k));
                }
            }
            index.add(categories);
            names.add(featureNames);
        }
        Column target = table.schema().indexOf(encoding.target()) < 0 ? null : table.column(encoding.target());
        return new ExampleFactory(encoding, inputs, index, names, target);
    }

    /** @return the encoding */
    public FeatureEncoding encoding() {
        return encoding;
    }

    /** @return how many input columns the encoding uses */
    public int inputCount() {
        return inputs.length;
    }

    /**
     * @param row a row with a target value
     * @return the row's label, exactly as in the table
     */
    public Label label(int row) {
        return new Label(requireTarget(row).format(row));
    }

    /**
     * @param row a row with a numeric target value
     * @return the row's regression target
     */
    public Regressor regressor(int row) {
        Column t = requireTarget(row);
        return new Regressor(encoding.target(), ((NumericColumn) t).get(row));
    }

    /**
     * @param rows training rows, all with a target
     * @return a classification dataset of those rows
     */
    public MutableDataset<Label> classificationDataset(int[] rows) {
        return dataset(rows, new LabelFactory(), this::label);
    }

    /**
     * @param rows training rows, all with a numeric target
     * @return a regression dataset of those rows
     */
    public MutableDataset<Regressor> regressionDataset(int[] rows) {
        return dataset(rows, new RegressionFactory(), this::regressor);
    }

    private <T extends Output<T>> MutableDataset<T> dataset(int[] rows, OutputFactory<T> factory,
                                                            java.util.function.IntFunction<T> output) {
        MutableDataset<T> dataset = new MutableDataset<>(provenance(factory), factory);
        for (int r : rows) {
            dataset.add(example(r, output.apply(r), -1, -1));
        }
        return dataset;
    }

    /**
     * Builds examples for prediction (the output is Tribuo's unknown placeholder).
     *
     * @param rows the rows
     * @param unknown the factory's unknown output
     * @param <T> the output type
     * @return one example per row
     */
    public <T extends Output<T>> List<Example<T>> unlabelled(int[] rows, T unknown) {
        return withColumnFrom(rows, unknown, -1, null);
    }

    /**
     * Builds examples in which one input column's values are taken from other rows (permutation importance).
     *
     * @param rows the rows
     * @param unknown the factory's unknown output
     * @param column the index of the input column to substitute, or -1 for none
     * @param sourceRows for each of {@code rows}, the row whose value of {@code column} is used
     * @param <T> the output type
     * @return one example per row
     */
    public <T extends Output<T>> List<Example<T>> withColumnFrom(int[] rows, T unknown, int column, int[] sourceRows) {
        List<Example<T>> examples = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            examples.add(example(rows[i], unknown, column, column < 0 ? -1 : sourceRows[i]));
        }
        return examples;
    }

    private Column requireTarget(int row) {
        if (target == null) {
            throw new EncodingException("Target column '" + encoding.target() + "' is not in the table");
        }
        if (target.isMissing(row)) {
            throw new EncodingException("Row " + (row + 1) + " has no value in target column '"
                    + encoding.target() + "'");
        }
        return target;
    }

    private <T extends Output<T>> Example<T> example(int row, T output, int substituteColumn, int sourceRow) {
        String[] names = new String[inputs.length];
        double[] values = new double[inputs.length];
        int n = 0;
        for (int c = 0; c < inputs.length; c++) {
            int r = c == substituteColumn ? sourceRow : row;
            EncodedColumn ec = encoding.columns().get(c);
            if (ec.kind() == EncodedColumn.Kind.NUMERIC) {
                double v = ((NumericColumn) inputs[c]).get(r);
                if (Double.isNaN(v)) {
                    v = ec.fill();
                }
                names[n] = featureNames.get(c)[0];
                values[n++] = (v - ec.center()) / ec.scale();
            } else {
                int k = categoryCode(c, r);
                if (k >= 0) {
                    names[n] = featureNames.get(c)[k];
                    values[n++] = 1.0;
                }
            }
        }
        return new ArrayExample<>(output, n == names.length ? names : java.util.Arrays.copyOf(names, n),
                n == values.length ? values : java.util.Arrays.copyOf(values, n));
    }

    private int categoryCode(int c, int row) {
        Map<String, Integer> index = categoryIndex.get(c);
        Column column = inputs[c];
        String value = column instanceof StringColumn s ? s.get(row) : column.format(row);
        Integer k = index.get(value == null ? FeatureEncoding.MISSING : value);
        if (k == null) {
            k = index.get(FeatureEncoding.OTHER);
        }
        return k == null ? -1 : k;
    }

    private SimpleDataSourceProvenance provenance(OutputFactory<?> factory) {
        return new SimpleDataSourceProvenance("workbench table, target " + encoding.target() + ", "
                + inputs.length + " input columns", factory);
    }
}
