package io.mlworkbench.engine.features.step.categorical;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.FittedStep;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learned encodings of {@link TargetEncodeStep} (on all training rows).
 *
 * @param prior the training mean of the target: the value of unseen and missing categories
 * @param columns the smoothed mean of each category, per column
 */
public record FittedTargetEncode(double prior, List<Encoding> columns) implements FittedStep {

    /**
     * @param column the encoded column
     * @param values the smoothed target mean of each training category
     */
    public record Encoding(String column, Map<String, Double> values) {

        /** Copies the map, sorted by category so that the JSON is stable. */
        public Encoding {
            values = Collections.unmodifiableMap(new TreeMap<>(values));
        }
    }

    /** Copies the list. */
    public FittedTargetEncode {
        columns = List.copyOf(columns);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        return LabelLookupBinding.bind(input, columns.stream().map(Encoding::column).toList(), ColumnType.DECIMAL,
                columns.stream().map(Encoding::values).toList(), prior, prior);
    }
}
