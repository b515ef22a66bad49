package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.training.encoding.EncodedColumn;
import io.mlworkbench.engine.training.encoding.FeatureEncoding;
import io.mlworkbench.engine.data.ColumnType;
import java.util.List;

/**
 * One input column the model expects.
 *
 * @param name the column name
 * @param type {@code numeric} or {@code categorical}
 * @param categories for a categorical column, the categories seen in training (others count as unseen)
 */
public record InputField(String name, String type, List<String> categories) {

    /** Copies the categories. */
    public InputField {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /**
     * @param column how a trained model encodes one input column
     * @return the field a caller must supply: numeric, or categorical with the categories seen in training
     *     (without the encoding's own "other" and "missing" buckets)
     */
    public static InputField of(EncodedColumn column) {
        boolean numeric = column.kind() == EncodedColumn.Kind.NUMERIC;
        return new InputField(column.name(), numeric ? "numeric" : "categorical", numeric ? List.of()
                : column.categories().stream().filter(c -> !c.equals(FeatureEncoding.OTHER)
                        && !c.equals(FeatureEncoding.MISSING)).toList());
    }

    /**
     * @param name a raw input column a feature pipeline reads
     * @param type its type
     * @return the field a caller must supply; no category list, since the pipeline's steps decide what happens to
     *     each value (see {@code docs/features.md})
     */
    public static InputField raw(String name, ColumnType type) {
        return new InputField(name, type.isNumericStorage() ? "numeric" : "categorical", List.of());
    }
}
