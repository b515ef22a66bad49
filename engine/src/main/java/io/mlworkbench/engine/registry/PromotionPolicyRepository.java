package io.mlworkbench.engine.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.store.WorkspaceMetaRepository;
import java.util.Optional;

/** Stores the workspace's {@link PromotionPolicy} as a JSON document in {@code workspace_meta}. */
public final class PromotionPolicyRepository {

    /** The {@code workspace_meta} name the policy is stored under. */
    public static final String META_NAME = "registry.promotion_policy";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkspaceMetaRepository meta;

    /** @param meta the workspace facts */
    public PromotionPolicyRepository(WorkspaceMetaRepository meta) {
        this.meta = meta;
    }

    /** @return the stored policy, or {@link PromotionPolicy#defaults()} when none was stored */
    public PromotionPolicy find() {
        return meta.find(META_NAME).map(PromotionPolicyRepository::parse).orElseGet(PromotionPolicy::defaults);
    }

    /** @param policy the policy to store */
    public void save(PromotionPolicy policy) {
        meta.put(META_NAME, toJson(policy));
    }

    /**
     * @param policy a policy
     * @return it as a JSON object, as stored and audited
     */
    static String toJson(PromotionPolicy policy) {
        ObjectNode node = JSON.createObjectNode()
                .put("requireValidation", policy.requireValidation())
                .put("requireImprovement", policy.requireImprovement());
        node.put("metric", policy.metric().orElse(null));
        return node.toString();
    }

    private static PromotionPolicy parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            JsonNode metric = node.path("metric");
            return new PromotionPolicy(requireBoolean(node, "requireValidation"),
                    requireBoolean(node, "requireImprovement"),
                    metric.isTextual() ? Optional.of(metric.asText()) : Optional.empty());
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("The promotion policy stored in workspace_meta '" + META_NAME
                    + "' is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean requireBoolean(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isBoolean()) {
            throw new WorkbenchException("The promotion policy stored in workspace_meta '" + META_NAME + "' has "
                    + field + " = " + value + ": expected true or false");
        }
        return value.asBoolean();
    }
}
