package io.mlworkbench.engine.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlworkbench.engine.WorkbenchException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link DatasetSchema} as JSON and reads it back: the form stored in {@code dataset_version.schema_json}
 * and in the header of the columnar format. Shape:
 * {@code {"columns":[{"name":"age","type":"INTEGER","role":"FEATURE","dateTimeFormat":null}, ...]}}.
 */
public final class DatasetSchemaJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DatasetSchemaJson() {
    }

    /**
     * @param schema a schema
     * @return it as a JSON tree
     */
    public static ObjectNode toTree(DatasetSchema schema) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode columns = root.putArray("columns");
        for (ColumnSchema c : schema.columns()) {
            ObjectNode node = columns.addObject();
            node.put("name", c.name());
            node.put("type", c.type().name());
            node.put("role", c.role().name());
            node.put("dateTimeFormat", c.dateTimeFormat().orElse(null));
        }
        return root;
    }

    /**
     * @param schema a schema
     * @return it as compact JSON text
     */
    public static String write(DatasetSchema schema) {
        return toTree(schema).toString();
    }

    /**
     * @param json JSON text written by {@link #write}
     * @return the schema
     */
    public static DatasetSchema read(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("Invalid dataset schema JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param root a tree made by {@link #toTree}
     * @return the schema
     */
    public static DatasetSchema fromTree(JsonNode root) {
        JsonNode columns = root == null ? null : root.get("columns");
        if (columns == null || !columns.isArray()) {
            throw new WorkbenchException("Invalid dataset schema JSON: expected an object with a \"columns\" array");
        }
        List<ColumnSchema> result = new ArrayList<>();
        for (JsonNode c : columns) {
            try {
                JsonNode format = c.get("dateTimeFormat");
                result.add(new ColumnSchema(c.path("name").asText(), ColumnType.valueOf(c.path("type").asText()),
                        ColumnRole.valueOf(c.path("role").asText()),
                        format == null || format.isNull() ? Optional.empty() : Optional.of(format.asText())));
            } catch (IllegalArgumentException e) {
                throw new WorkbenchException("Invalid dataset schema JSON: column " + (result.size() + 1) + " has type '"
                        + c.path("type").asText() + "' and role '" + c.path("role").asText()
                        + "'; expected one of " + List.of(ColumnType.values()) + " and " + List.of(ColumnRole.values()), e);
            }
        }
        return new DatasetSchema(result);
    }
}
