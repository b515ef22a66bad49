package io.mlworkbench.engine.training;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import java.util.List;
import java.util.Random;

/** Seeded synthetic tables with numeric and categorical inputs, missing values and a learnable target. */
final class SyntheticTables {

    private SyntheticTables() {
    }

    /**
     * @param n rows
     * @param classes 2 or 3 target classes
     * @param seed the seed
     * @return columns x1, x2 (numeric, non-negative, some missing), colour (categorical, some missing), noise,
     *     and target {@code label} with values such as {@code "<=50K"} / {@code "yes"} kept exactly
     */
    static Table classification(int n, int classes, long seed) {
        Random r = new Random(seed);
        ColumnBuilder x1 = new ColumnBuilder(ColumnSchema.feature("x1", ColumnType.DECIMAL), n);
        ColumnBuilder x2 = new ColumnBuilder(ColumnSchema.feature("x2", ColumnType.DECIMAL), n);
        ColumnBuilder colour = new ColumnBuilder(ColumnSchema.feature("colour", ColumnType.CATEGORICAL), n);
        ColumnBuilder noise = new ColumnBuilder(ColumnSchema.feature("noise", ColumnType.DECIMAL), n);
        ColumnBuilder label = new ColumnBuilder(ColumnSchema.feature("label", ColumnType.CATEGORICAL)
                .withRole(ColumnRole.TARGET), n);
        String[] colours = {"red", "green", "blue"};
        String[] names = classes == 2 ? new String[] {"<=50K", "yes"} : new String[] {"Iris-setosa", "b", "C"};
        for (int i = 0; i < n; i++) {
            double a = r.nextDouble() * 10;
            double b = r.nextDouble() * 10;
            int c = r.nextInt(3);
            double s = a - b + (c == 0 ? 3 : c == 1 ? -3 : 0) + r.nextGaussian() * 1.5;
            x1.addNumber(r.nextInt(20) == 0 ? Double.NaN : a);
            x2.addNumber(b);
            colour.addString(r.nextInt(25) == 0 ? null : colours[c]);
            noise.addNumber(r.nextDouble());
            int k = classes == 2 ? (s > 0 ? 1 : 0) : (s < -2.5 ? 0 : s < 2.5 ? 1 : 2);
            label.addString(names[k]);
        }
        return Table.of(List.of(x1, x2, colour, noise, label));
    }

    /**
     * @param n rows
     * @param seed the seed
     * @return columns x1, x2, colour and numeric target {@code y}
     */
    static Table regression(int n, long seed) {
        Random r = new Random(seed);
        ColumnBuilder x1 = new ColumnBuilder(ColumnSchema.feature("x1", ColumnType.DECIMAL), n);
        ColumnBuilder x2 = new ColumnBuilder(ColumnSchema.feature("x2", ColumnType.DECIMAL), n);
        ColumnBuilder colour = new ColumnBuilder(ColumnSchema.feature("colour", ColumnType.CATEGORICAL), n);
        ColumnBuilder y = new ColumnBuilder(ColumnSchema.feature("y", ColumnType.DECIMAL).withRole(ColumnRole.TARGET), n);
        for (int i = 0; i < n; i++) {
            double a = r.nextDouble() * 10;
            double b = r.nextDouble() * 10;
            int c = r.nextInt(3);
            x1.addNumber(a);
            x2.addNumber(b);
            colour.addString(new String[] {"red", "green", "blue"}[c]);
            y.addNumber(2 * a - b + c * 4 + r.nextGaussian());
        }
        return Table.of(List.of(x1, x2, colour, y));
    }
}
