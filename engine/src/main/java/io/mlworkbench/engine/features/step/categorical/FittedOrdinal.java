package io.mlworkbench.engine.features.step.categorical;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.FittedStep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learned category orders of {@link OrdinalStep}.
 *
 * @param columns the order of each column's categories
 * @param unknownValue the code of unseen categories
 */
public record FittedOrdinal(List<Order> columns, int unknownValue) implements FittedStep {

    /**
     * @param column the encoded column
     * @param categories its categories, code 0 first
     */
    public record Order(String column, List<String> categories) {

        /** Copies the list. */
        public Order {
            categories = List.copyOf(categories);
        }
    }

    /** Copies the list. */
    public FittedOrdinal {
        columns = List.copyOf(columns);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        List<Map<String, Double>> codes = columns.stream().map(c -> {
            Map<String, Double> code = new HashMap<>();
            for (int i = 0; i < c.categories().size(); i++) {
                code.put(c.categories().get(i), (double) i);
            }
            return code;
        }).toList();
        return LabelLookupBinding.bind(input, columns.stream().map(Order::column).toList(), ColumnType.INTEGER, codes,
                unknownValue, Double.NaN);
    }
}
