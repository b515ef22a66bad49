package io.mlworkbench.engine.validation;

import io.mlworkbench.engine.data.ColumnType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code type_} of {@code expect_column_values_to_be_of_type}: the workbench's column type names, or the
 * pandas/numpy/Python names GX users write (int64, float64, str, object, bool, datetime64[ns], category...).
 */
public final class TypeNames {

    private static final Map<String, ColumnType> ALIASES = Map.ofEntries(
            Map.entry("int", ColumnType.INTEGER), Map.entry("int32", ColumnType.INTEGER),
            Map.entry("int64", ColumnType.INTEGER), Map.entry("long", ColumnType.INTEGER),
            Map.entry("float", ColumnType.DECIMAL), Map.entry("float32", ColumnType.DECIMAL),
            Map.entry("float64", ColumnType.DECIMAL), Map.entry("double", ColumnType.DECIMAL),
            Map.entry("number", ColumnType.DECIMAL), Map.entry("numeric", ColumnType.DECIMAL),
            Map.entry("bool", ColumnType.BOOLEAN), Map.entry("str", ColumnType.TEXT),
            Map.entry("string", ColumnType.TEXT), Map.entry("object", ColumnType.TEXT),
            Map.entry("category", ColumnType.CATEGORICAL), Map.entry("datetime", ColumnType.DATETIME),
            Map.entry("datetime64", ColumnType.DATETIME), Map.entry("datetime64[ns]", ColumnType.DATETIME),
            Map.entry("timestamp", ColumnType.DATETIME), Map.entry("date", ColumnType.DATETIME));

    private TypeNames() {
    }

    /**
     * @param name a type name, any case
     * @return the column type it names
     */
    public static Optional<ColumnType> parse(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (ColumnType type : ColumnType.values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.ofNullable(ALIASES.get(key));
    }

    /** @return the workbench's own type names */
    public static List<String> names() {
        return Arrays.stream(ColumnType.values()).map(ColumnType::name).toList();
    }
}
