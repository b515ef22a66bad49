package io.mlworkbench.engine.features.step;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import java.util.List;

/**
 * The binding shared by steps that replace each of their numeric columns, in place, by a function of its own
 * value (scale, clip, log, power, bin). Missing stays missing unless the function says otherwise.
 */
public final class NumericColumnsBinding implements BoundStep {

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

    private final ColumnPlan plan;
    private final int[] inSlots;
    private final int[] outSlots;
    private final ColumnFunction function;

    /**
     * @param input the input layout
     * @param columns the columns to replace; each must hold numbers
     * @param outputType the type of the replaced columns
     * @param function the per-column function
     */
    public NumericColumnsBinding(DatasetSchema input, List<String> columns, ColumnType outputType,
                                 ColumnFunction function) {
        ColumnPlan.Builder builder = ColumnPlan.from(input);
        inSlots = new int[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            inSlots[k] = ColumnPlan.requireColumn(input, columns.get(k), true);
            builder.replace(columns.get(k), input.column(inSlots[k]).withType(outputType));
        }
        plan = builder.build();
        outSlots = columns.stream().mapToInt(plan::outputSlot).toArray();
        this.function = function;
    }

    @Override
    public DatasetSchema output() {
        return plan.output();
    }

    @Override
    public void apply(RowBuffer in, RowBuffer out) {
        plan.copyKept(in, out);
        for (int k = 0; k < inSlots.length; k++) {
            out.setNumber(outSlots[k], function.apply(k, in.number(inSlots[k])));
        }
    }
}
