package io.mlworkbench.engine.training.encoding;

import java.util.List;

/**
 * How one input column becomes model features.
 *
 * @param name the column name
 * @param kind numeric (one feature) or categorical (one feature per category)
 * @param fill for numeric columns: the training median, used for missing values
 * @param center for numeric columns: subtracted before scaling (0 when not scaled)
 * @param scale for numeric columns: divided by after centring (1 when not scaled)
 * @param categories for categorical columns: the categories seen in training, most frequent first; may end with
 *     {@link FeatureEncoding#OTHER} and contain {@link FeatureEncoding#MISSING}
 */
public record EncodedColumn(String name, Kind kind, double fill, double center, double scale,
                            List<String> categories) {

    /** Copies the categories. */
    public EncodedColumn {
        categories = List.copyOf(categories);
    }

    /** Numeric or categorical. */
    public enum Kind {
        /** One feature holding the (filled, possibly standardised) number. */
        NUMERIC,
        /** One 0/1 feature per category. */
        CATEGORICAL
    }

    /**
     * @param category a category of this column
     * @return the Tribuo feature name of that category's indicator
     */
    public String featureName(String category) {
        return name + "=" + category;
    }
}
