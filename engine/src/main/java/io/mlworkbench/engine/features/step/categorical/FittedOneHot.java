package io.mlworkbench.engine.features.step.categorical;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.ColumnPlan;
import io.mlworkbench.engine.features.step.FittedStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learned categories of {@link OneHotStep}.
 *
 * @param columns the kept categories of each column, in output order
 * @param other true when an {@code (other)} column follows each column's categories
 */
public record FittedOneHot(List<Categories> columns, boolean other) implements FittedStep {

    /** The category name of the catch-all column. */
    public static final String OTHER = "(other)";

    /**
     * @param column the encoded column
     * @param categories its kept categories
     */
    public record Categories(String column, List<String> categories) {

        /** Copies the list. */
        public Categories {
            categories = List.copyOf(categories);
        }
    }

    /** Copies the list. */
    public FittedOneHot {
        columns = List.copyOf(columns);
    }

    /**
     * @param column an encoded column
     * @param category one of its categories or {@link #OTHER}
     * @return the name of the 0/1 output column
     */
    public static String outputName(String column, String category) {
        return column + "=" + category;
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        ColumnPlan.Builder builder = ColumnPlan.from(input);
        int n = columns.size();
        int[] in = new int[n];
        boolean[] numeric = new boolean[n];
        for (int k = 0; k < n; k++) {
            Categories c = columns.get(k);
            in[k] = ColumnPlan.requireColumn(input, c.column(), null);
            numeric[k] = input.column(in[k]).type().isNumericStorage();
            List<ColumnSchema> outputs = new ArrayList<>();
            for (String category : c.categories()) {
                outputs.add(ColumnSchema.feature(outputName(c.column(), category), ColumnType.INTEGER));
            }
            if (other) {
                outputs.add(ColumnSchema.feature(outputName(c.column(), OTHER), ColumnType.INTEGER));
            }
            builder.insertAfter(c.column(), outputs).drop(c.column());
        }
        ColumnPlan plan = builder.build();
        int[] first = new int[n];
        int[] otherSlot = new int[n];
        List<Map<String, Integer>> offsets = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Categories c = columns.get(k);
            Map<String, Integer> offset = new HashMap<>();
            for (int i = 0; i < c.categories().size(); i++) {
                offset.put(c.categories().get(i), i);
            }
            offsets.add(offset);
            first[k] = c.categories().isEmpty() ? -1 : plan.outputSlot(outputName(c.column(), c.categories().get(0)));
            otherSlot[k] = other ? plan.outputSlot(outputName(c.column(), OTHER)) : -1;
        }
        int[] width = columns.stream().mapToInt(c -> c.categories().size()).toArray();
        return plan.bind((row, result) -> {
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < width[k]; i++) {
                    result.setNumber(first[k] + i, 0);
                }
                String label = row.labelOf(in[k], numeric[k]);
                Integer hit = label == null ? null : offsets.get(k).get(label);
                if (otherSlot[k] >= 0) {
                    result.setNumber(otherSlot[k], label != null && hit == null ? 1 : 0);
                }
                if (hit != null) {
                    result.setNumber(first[k] + hit, 1);
                }
            }
        });
    }
}
