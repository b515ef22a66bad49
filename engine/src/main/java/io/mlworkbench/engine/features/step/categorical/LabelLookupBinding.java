package io.mlworkbench.engine.features.step.categorical;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.ColumnPlan;
import io.mlworkbench.engine.features.step.RowBuffer;
import java.util.List;
import java.util.Map;

/**
 * Replaces each categorical column, in place, by a number looked up from its category; unseen and missing
 * categories get fixed numbers. Shared by the ordinal and target encoders.
 */
final class LabelLookupBinding implements BoundStep {

    private final ColumnPlan plan;
    private final int[] in;
    private final boolean[] numeric;
    private final int[] out;
    private final List<Map<String, Double>> lookups;
    private final double unseen;
    private final double missing;

    LabelLookupBinding(DatasetSchema input, List<String> columns, ColumnType type, List<Map<String, Double>> lookups,
                       double unseen, double missing) {
        ColumnPlan.Builder builder = ColumnPlan.from(input);
        in = new int[columns.size()];
        numeric = new boolean[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            in[k] = ColumnPlan.requireColumn(input, columns.get(k), null);
            numeric[k] = input.column(in[k]).type().isNumericStorage();
            builder.replace(columns.get(k), input.column(in[k]).withType(type));
        }
        plan = builder.build();
        out = columns.stream().mapToInt(plan::outputSlot).toArray();
        this.lookups = lookups;
        this.unseen = unseen;
        this.missing = missing;
    }

    @Override
    public DatasetSchema output() {
        return plan.output();
    }

    @Override
    public void apply(RowBuffer row, RowBuffer result) {
        plan.copyKept(row, result);
        for (int k = 0; k < in.length; k++) {
            String label = row.labelOf(in[k], numeric[k]);
            Double code = label == null ? null : lookups.get(k).get(label);
            result.setNumber(out[k], label == null ? missing : code == null ? unseen : code);
        }
    }
}
