package io.mlworkbench.engine.features;

import java.time.Instant;
import java.util.List;

/**
 * A named, reusable feature set: a versioned pipeline definition with a description, an owner and tags. Any
 * project of the workspace may use its versions.
 *
 * @param id its id ({@code feature_pipeline.id})
 * @param projectId the project it was created in
 * @param projectName that project's name
 * @param name its name, unique within its project
 * @param description free text
 * @param owner the login of its owner
 * @param tags its tags
 * @param createdAt when it was created
 */
public record FeatureSet(long id, long projectId, String projectName, String name, String description, String owner,
                         List<String> tags, Instant createdAt) {

    /** Copies the tags. */
    public FeatureSet {
        tags = List.copyOf(tags);
    }
}
