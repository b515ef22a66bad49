package io.mlworkbench.engine.features.step;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import java.util.List;

/**
 * The binding shared by steps that replace each of their numeric columns, in place, by a function of its own
 * value (scale, clip, log, power, bin). Missing stays missing unless the function says otherwise.
 */
public final class NumericColumnsBinding {

    /** The per-column function. */
    @FunctionalInterface
    public interface ColumnFunction {

        /**
         * @param k the column's position in the step's column list
         * @param x the value, NaN when missing
         * @return the output value, NaN for missing
         */
        double apply(int k, double x);
    }

    private NumericColumnsBinding() {
    }

    /**
     * @param input the input layout
     * @param columns the columns to replace; each must hold numbers
     * @param outputType the type of the replaced columns
     * @param function the per-column function
     * @return the bound step
     */
    public static BoundStep bind(DatasetSchema input, List<String> columns, ColumnType outputType,
                                 ColumnFunction function) {
        ColumnPlan.Builder builder = ColumnPlan.from(input);
        int[] inSlots = new int[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            inSlots[k] = ColumnPlan.requireColumn(input, columns.get(k), true);
            builder.replace(columns.get(k), input.column(inSlots[k]).withType(outputType));
        }
        ColumnPlan plan = builder.build();
        int[] outSlots = columns.stream().mapToInt(plan::outputSlot).toArray();
        return plan.bind((in, out) -> {
            for (int k = 0; k < inSlots.length; k++) {
                out.setNumber(outSlots[k], function.apply(k, in.number(inSlots[k])));
            }
        });
    }
}
