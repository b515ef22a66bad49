package io.mlworkbench.engine.registry.bundle;

import java.util.List;

/**
 * What the model predicts.
 *
 * @param name the target column it was trained on
 * @param task {@code classification} or {@code regression}
 * @param labels for classification, the class labels
 */
public record OutputField(String name, String task, List<String> labels) {

    /** Copies the labels. */
    public OutputField {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
