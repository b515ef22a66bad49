package io.mlworkbench.engine.features;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import java.util.Optional;

/**
 * A column as a fitted pipeline remembers it (JSON-friendly form of {@link ColumnSchema}).
 *
 * @param name the name
 * @param type the type
 * @param role the role
 */
public record FeatureColumn(String name, ColumnType type, ColumnRole role) {

    /**
     * @param schema a column schema
     * @return its JSON-friendly form
     */
    public static FeatureColumn of(ColumnSchema schema) {
        return new FeatureColumn(schema.name(), schema.type(), schema.role());
    }

    /** @return the column schema */
    public ColumnSchema toSchema() {
        return new ColumnSchema(name, type, role, Optional.empty());
    }
}
