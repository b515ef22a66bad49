package io.mlworkbench.engine.features.step;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.DatasetSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * How a step's output layout derives from its input layout: which input columns are copied unchanged and which
 * output slots the step computes. Built once at bind time; {@link #copyKept} then moves the unchanged values of
 * every row.
 */
public final class ColumnPlan {

    private final DatasetSchema input;
    private final DatasetSchema output;
    private final int[] keptFrom;
    private final int[] keptTo;

    private ColumnPlan(DatasetSchema input, DatasetSchema output, int[] keptFrom, int[] keptTo) {
        this.input = input;
        this.output = output;
        this.keptFrom = keptFrom;
        this.keptTo = keptTo;
    }

    /**
     * @param input the step's input layout
     * @return a builder that starts by keeping every input column
     */
    public static Builder from(DatasetSchema input) {
        return new Builder(input);
    }

    /** @return the input layout */
    public DatasetSchema input() {
        return input;
    }

    /** @return the output layout */
    public DatasetSchema output() {
        return output;
    }

    /**
     * @param name an output column
     * @return its slot in the output layout
     */
    public int outputSlot(String name) {
        return output.indexOf(name);
    }

    /**
     * Copies the values of the kept columns.
     *
     * @param in a row in the input layout
     * @param out a row in the output layout
     */
    public void copyKept(RowBuffer in, RowBuffer out) {
        for (int i = 0; i < keptFrom.length; i++) {
            in.copyTo(keptFrom[i], out, keptTo[i]);
        }
    }

    /**
     * Binds a step's own computation to this plan: the bound step copies the kept columns, then computes.
     *
     * @param computation writes the step's computed slots of the output row
     * @return the bound step
     */
    public BoundStep bind(Computation computation) {
        return new Planned(this, computation);
    }

    /** Writes the slots a step computes (the kept slots are already copied). */
    @FunctionalInterface
    public interface Computation {

        /**
         * @param in a row in the input layout
         * @param out a row in the output layout
         */
        void compute(RowBuffer in, RowBuffer out);
    }

    /** A step bound to a plan and its computation. */
    private record Planned(ColumnPlan plan, Computation computation) implements BoundStep {

        @Override
        public DatasetSchema output() {
            return plan.output();
        }

        @Override
        public void apply(RowBuffer in, RowBuffer out) {
            plan.copyKept(in, out);
            computation.compute(in, out);
        }
    }

    /**
     * Finds an input column, checking its storage.
     *
     * @param input a layout
     * @param name the column
     * @param numeric true when the column must hold numbers, false when it must hold labels, null for either
     * @return the column's slot
     * @throws WorkbenchException when the column is absent or of the wrong storage
     */
    public static int requireColumn(DatasetSchema input, String name, Boolean numeric) {
        int slot = input.indexOf(name);
        if (slot < 0) {
            throw new WorkbenchException("no column '" + name + "' in its input; the columns are " + input.names());
        }
        ColumnSchema c = input.column(slot);
        if (numeric != null && c.type().isNumericStorage() != numeric) {
            throw new WorkbenchException("column '" + name + "' is " + c.type() + " but this step needs "
                    + (numeric ? "numbers (INTEGER, DECIMAL, BOOLEAN or DATETIME)" : "labels (CATEGORICAL or TEXT)"));
        }
        return slot;
    }

    /** Grows the output layout from the input layout. */
    public static final class Builder {

        private final DatasetSchema input;
        private final List<ColumnSchema> schemas = new ArrayList<>();
        private final List<Integer> sources = new ArrayList<>();

        private Builder(DatasetSchema input) {
            this.input = input;
            for (int i = 0; i < input.size(); i++) {
                schemas.add(input.column(i));
                sources.add(i);
            }
        }

        private int position(String column) {
            for (int i = 0; i < schemas.size(); i++) {
                if (sources.get(i) >= 0 && schemas.get(i).name().equals(column)) {
                    return i;
                }
            }
            throw new WorkbenchException("no column '" + column + "' in its input; the columns are "
                    + input.names());
        }

        /**
         * Makes the step compute a kept column, possibly with another schema (name, type).
         *
         * @param column an input column, still kept
         * @param computed the schema of the computed column that takes its place
         * @return this builder
         */
        public Builder replace(String column, ColumnSchema computed) {
            int p = position(column);
            schemas.set(p, computed);
            sources.set(p, -1);
            return this;
        }

        /**
         * Renames a kept column; its values are still copied.
         *
         * @param column an input column, still kept
         * @param newName its name in the output
         * @return this builder
         */
        public Builder rename(String column, String newName) {
            int p = position(column);
            schemas.set(p, schemas.get(p).withName(newName));
            return this;
        }

        /**
         * Removes a kept column from the output.
         *
         * @param column an input column, still kept
         * @return this builder
         */
        public Builder drop(String column) {
            int p = position(column);
            schemas.remove(p);
            sources.remove(p);
            return this;
        }

        /**
         * Adds computed columns right after an output column.
         *
         * @param column a column already in the output (kept or computed)
         * @param computed the new columns, in order
         * @return this builder
         */
        public Builder insertAfter(String column, List<ColumnSchema> computed) {
            int p = -1;
            for (int i = 0; i < schemas.size(); i++) {
                if (schemas.get(i).name().equals(column)) {
                    p = i;
                }
            }
            if (p < 0) {
                throw new WorkbenchException("no column '" + column + "' to add columns after");
            }
            for (int i = 0; i < computed.size(); i++) {
                schemas.add(p + 1 + i, computed.get(i));
                sources.add(p + 1 + i, -1);
            }
            return this;
        }

        /**
         * Adds a computed column at the end.
         *
         * @param computed the new column
         * @return this builder
         */
        public Builder append(ColumnSchema computed) {
            schemas.add(computed);
            sources.add(-1);
            return this;
        }

        /**
         * @return the finished plan
         * @throws WorkbenchException when two output columns share a name
         */
        public ColumnPlan build() {
            DatasetSchema output = new DatasetSchema(schemas);
            int kept = (int) sources.stream().filter(s -> s >= 0).count();
            int[] from = new int[kept];
            int[] to = new int[kept];
            int k = 0;
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i) >= 0) {
                    from[k] = sources.get(i);
                    to[k++] = i;
                }
            }
            return new ColumnPlan(input, output, from, to);
        }
    }
}
