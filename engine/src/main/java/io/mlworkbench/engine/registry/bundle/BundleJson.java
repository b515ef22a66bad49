package io.mlworkbench.engine.registry.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** The one JSON mapper of the bundle: pretty, deterministic output; reading tolerates nothing but JSON. */
final class BundleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BundleJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static JsonNode tree(String bundle, String entry, byte[] json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new InvalidBundleException(bundle + ": entry '" + entry + "' is not a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new InvalidBundleException(bundle + ": entry '" + entry + "' is not valid JSON: " + e.getMessage(), e);
        }
    }

    static <T> T value(String bundle, String entry, JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidBundleException(bundle + ": entry '" + entry + "' does not have the expected fields: "
                    + e.getMessage(), e);
        }
    }

    static <T> T read(String bundle, String entry, byte[] json, Class<T> type) {
        return value(bundle, entry, tree(bundle, entry, json), type);
    }
}
