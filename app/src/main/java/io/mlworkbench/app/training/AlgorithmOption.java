package io.mlworkbench.app.training;

import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * An algorithm in the Train step's list: whether it is chosen, whether it is tuned instead of trained with the
 * form's values, and the form itself (one {@link ParameterField} per declared hyperparameter).
 */
public final class AlgorithmOption {

    private final AlgorithmSpec spec;
    private final BooleanProperty selected = new SimpleBooleanProperty();
    private final BooleanProperty tune = new SimpleBooleanProperty();
    private final List<ParameterField> fields;

    /** @param spec the algorithm's declaration */
    public AlgorithmOption(AlgorithmSpec spec) {
        this.spec = spec;
        this.fields = spec.parameters().stream().map(ParameterField::new).toList();
    }

    /** @return the declaration */
    public AlgorithmSpec spec() {
        return spec;
    }

    /** @return whether the algorithm is chosen */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** @return whether the algorithm is tuned rather than trained once */
    public BooleanProperty tuneProperty() {
        return tune;
    }

    /** @return the parameter form, in declaration order */
    public List<ParameterField> fields() {
        return fields;
    }

    /** @return true when every field holds a valid value */
    public boolean isValid() {
        return fields.stream().allMatch(ParameterField::isValid);
    }

    /** @return the values differing from the defaults, by parameter name (valid fields only) */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterField field : fields) {
            if (!field.isDefault()) {
                field.value().ifPresent(v -> values.put(field.parameter().name(), v));
            }
        }
        return values;
    }

    @Override
    public String toString() {
        return spec.displayName();
    }
}
