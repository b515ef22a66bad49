package io.mlworkbench.engine.features.step.categorical;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.ColumnPlan;
import java.util.List;
import java.util.Map;

/**
 * Replaces each categorical column, in place, by a number looked up from its category; unseen and missing
 * categories get fixed numbers. Shared by the ordinal and target encoders.
 */
final class LabelLookupBinding {

    private LabelLookupBinding() {
    }

    static BoundStep bind(DatasetSchema input, List<String> columns, ColumnType type, List<Map<String, Double>> lookups,
                          double unseen, double missing) {
        ColumnPlan.Builder builder = ColumnPlan.from(input);
        int[] in = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            in[k] = ColumnPlan.requireColumn(input, columns.get(k), null);
            numeric[k] = input.column(in[k]).type().isNumericStorage();
            builder.replace(columns.get(k), input.column(in[k]).withType(type));
        }
        ColumnPlan plan = builder.build();
        int[] out = columns.stream().mapToInt(plan::outputSlot).toArray();
        return plan.bind((row, result) -> {
            for (int k = 0; k < in.length; k++) {
                String label = row.labelOf(in[k], numeric[k]);
                Double code = label == null ? null : lookups.get(k).get(label);
                result.setNumber(out[k], label == null ? missing : code == null ? unseen : code);
            }
        });
    }
}
