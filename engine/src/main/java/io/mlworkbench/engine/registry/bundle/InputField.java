package io.mlworkbench.engine.registry.bundle;

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
}
