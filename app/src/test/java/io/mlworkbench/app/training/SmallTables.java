package io.mlworkbench.app.training;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.project.Project;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Small seeded tables and a {@link TrainingData} serving one of them, for fast training tests. */
public final class SmallTables {

    private SmallTables() {
    }

    /**
     * @param rows rows
     * @param seed the seed
     * @return columns x1, x2, colour and binary target {@code label} (role TARGET)
     */
    public static Table binary(int rows, long seed) {
        Random r = new Random(seed);
        ColumnBuilder x1 = new ColumnBuilder(ColumnSchema.feature("x1", ColumnType.DECIMAL), rows);
        ColumnBuilder x2 = new ColumnBuilder(ColumnSchema.feature("x2", ColumnType.DECIMAL), rows);
        ColumnBuilder colour = new ColumnBuilder(ColumnSchema.feature("colour", ColumnType.CATEGORICAL), rows);
        ColumnBuilder label = new ColumnBuilder(ColumnSchema.feature("label", ColumnType.CATEGORICAL)
                .withRole(ColumnRole.TARGET), rows);
        String[] colours = {"red", "green", "blue"};
        for (int i = 0; i < rows; i++) {
            double a = r.nextDouble() * 10;
            double b = r.nextDouble() * 10;
            int c = r.nextInt(3);
            x1.addNumber(a);
            x2.addNumber(b);
            colour.addString(colours[c]);
            label.addString(a - b + (c - 1) * 2 + r.nextGaussian() * 2 > 0 ? "yes" : "no");
        }
        return Table.of(List.of(x1, x2, colour, label));
    }

    /**
     * @param table the table to serve
     * @return data offering that one table as "small"
     */
    public static TrainingData serving(Table table) {
        return new TrainingData() {
            @Override
            public List<DatasetChoice> choices(Project project) {
                return List.of(new DatasetChoice("small", "small", Optional.empty()));
            }

            @Override
            public Table load(DatasetChoice choice) {
                return table;
            }
        };
    }
}
