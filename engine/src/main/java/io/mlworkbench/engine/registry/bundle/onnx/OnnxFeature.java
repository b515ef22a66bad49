package io.mlworkbench.engine.registry.bundle.onnx;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.mlworkbench.engine.training.encoding.EncodedColumn;

/**
 * One column of the ONNX model's input tensor and how to compute it from a table row: the same encoding the
 * workbench applies before Tribuo predicts.
 *
 * <ul>
 *   <li>{@code numeric}: {@code (value - center) / scale}, where a missing value is replaced by {@code fill}
 *       first.</li>
 *   <li>{@code indicator}: 1 when the row's {@code column} holds {@code category}, else 0. The category
 *       {@code __missing__} stands for a missing value and {@code __other__} for any value not listed among the
 *       column's categories.</li>
 * </ul>
 *
 * @param name the Tribuo feature name, e.g. {@code tenure} or {@code plan=basic}
 * @param column the input column it is computed from
 * @param kind {@link #NUMERIC} or {@link #INDICATOR}
 * @param category for an indicator, the category it stands for; null for numbers
 * @param fill for a number, the value used when it is missing; null for indicators
 * @param center for a number, subtracted first; null for indicators
 * @param scale for a number, divided by after centring; null for indicators
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnnxFeature(String name, String column, String kind, String category, Double fill, Double center,
                          Double scale) {

    /** The kind of a standardised number. */
    public static final String NUMERIC = "numeric";
    /** The kind of a 0/1 category indicator. */
    public static final String INDICATOR = "indicator";

    /**
     * @param featureName a Tribuo feature name
     * @param column the encoded column it comes from
     * @return how that feature is computed
     */
    static OnnxFeature of(String featureName, EncodedColumn column) {
        if (column.kind() == EncodedColumn.Kind.NUMERIC) {
            return new OnnxFeature(featureName, column.name(), NUMERIC, null, column.fill(), column.center(),
                    column.scale());
        }
        return new OnnxFeature(featureName, column.name(), INDICATOR,
                featureName.substring(column.name().length() + 1), null, null, null);
    }

    /** @return true for a 0/1 category indicator */
    @JsonIgnore
    public boolean isIndicator() {
        return INDICATOR.equals(kind);
    }
}
