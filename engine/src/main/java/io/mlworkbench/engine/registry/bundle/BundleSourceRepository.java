package io.mlworkbench.engine.registry.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads what an export adds besides the run: the fitted feature pipeline version and the latest validation suite
 * run on the training dataset version. Read-only.
 */
final class BundleSourceRepository {

    private final Jdbi jdbi;

    BundleSourceRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** @return {@code {name, version, definition, fittedState}} of a pipeline version, if it exists */
    Optional<byte[]> pipeline(long pipelineVersionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT fp.name, pv.version_no, pv.definition_json,"
                        + " pv.fitted_state_json FROM feature_pipeline_version pv"
                        + " JOIN feature_pipeline fp ON fp.id = pv.pipeline_id WHERE pv.id = :id")
                .bind("id", pipelineVersionId)
                .map((rs, ctx) -> {
                    ObjectNode node = BundleJson.mapper().createObjectNode().put("name", rs.getString(1))
                            .put("version", rs.getInt(2));
                    node.set("definition", tree(rs.getString(3)));
                    node.set("fittedState", tree(rs.getString(4)));
                    return BundleJson.write(node);
                }).findOne());
    }

    /** @return {@code {suite, version, passed, rules}} of the latest validation run on a dataset version */
    Optional<byte[]> validationSuite(long datasetVersionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.name, sv.version_no, vr.success, sv.rules_json"
                        + " FROM validation_result vr JOIN validation_suite_version sv ON sv.id = vr.suite_version_id"
                        + " JOIN validation_suite s ON s.id = sv.suite_id WHERE vr.dataset_version_id = :dv"
                        + " ORDER BY vr.id DESC LIMIT 1")
                .bind("dv", datasetVersionId)
                .map((rs, ctx) -> {
                    ObjectNode node = BundleJson.mapper().createObjectNode().put("suite", rs.getString(1))
                            .put("version", rs.getInt(2)).put("passed", rs.getBoolean(3));
                    node.set("rules", tree(rs.getString(4)));
                    return BundleJson.write(node);
                }).findOne());
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        if (json == null) {
            return BundleJson.mapper().nullNode();
        }
        try {
            return BundleJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored JSON in the registry is damaged", e);
        }
    }
}
