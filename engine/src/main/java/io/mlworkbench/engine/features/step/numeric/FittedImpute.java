package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.ColumnPlan;
import io.mlworkbench.engine.features.step.FittedStep;
import java.util.List;

/**
 * Learned fill values of {@link ImputeStep}.
 *
 * @param fills one fill per imputed column
 * @param addIndicator true when a {@code <column>_was_missing} column follows each imputed column
 */
public record FittedImpute(List<Fill> fills, boolean addIndicator) implements FittedStep {

    /** The suffix of indicator columns. */
    public static final String INDICATOR_SUFFIX = "_was_missing";

    /**
     * The fill value of one column: a number for numeric columns, a label for label columns.
     *
     * @param column the column
     * @param number the fill number, null for a label column
     * @param label the fill label, null for a numeric column
     */
    public record Fill(String column, Double number, String label) {
    }

    /** Copies the list. */
    public FittedImpute {
        fills = List.copyOf(fills);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        ColumnPlan.Builder builder = ColumnPlan.from(input);
        int n = fills.size();
        int[] in = new int[n];
        boolean[] numeric = new boolean[n];
        for (int k = 0; k < n; k++) {
            Fill f = fills.get(k);
            in[k] = ColumnPlan.requireColumn(input, f.column(), f.number() != null);
            numeric[k] = f.number() != null;
            builder.replace(f.column(), input.column(in[k]));
            if (addIndicator) {
                builder.insertAfter(f.column(), List.of(ColumnSchema.feature(f.column() + INDICATOR_SUFFIX,
                        ColumnType.BOOLEAN)));
            }
        }
        ColumnPlan plan = builder.build();
        int[] out = fills.stream().mapToInt(f -> plan.outputSlot(f.column())).toArray();
        int[] flag = fills.stream().mapToInt(f -> addIndicator ? plan.outputSlot(f.column() + INDICATOR_SUFFIX) : -1)
                .toArray();
        double[] fillNumbers = fills.stream().mapToDouble(f -> f.number() == null ? Double.NaN : f.number()).toArray();
        String[] fillLabels = fills.stream().map(Fill::label).toArray(String[]::new);
        return plan.bind((row, result) -> {
            for (int k = 0; k < n; k++) {
                boolean missing;
                if (numeric[k]) {
                    double v = row.number(in[k]);
                    missing = Double.isNaN(v);
                    result.setNumber(out[k], missing ? fillNumbers[k] : v);
                } else {
                    String v = row.label(in[k]);
                    missing = v == null;
                    result.setLabel(out[k], missing ? fillLabels[k] : v);
                }
                if (flag[k] >= 0) {
                    result.setNumber(flag[k], missing ? 1 : 0);
                }
            }
        });
    }
}
