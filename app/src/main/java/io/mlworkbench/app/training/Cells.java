package io.mlworkbench.app.training;

import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Small pieces the Train and Compare views share for metric values and combo boxes. */
public final class Cells {

    private Cells() {
    }

    /**
     * @param value a metric value
     * @return it with four decimals, a dash for NaN
     */
    public static String format(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4f", value);
    }

    /**
     * @param text how an item is shown
     * @param <T> the item type
     * @return a read-only converter for a combo box
     */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
