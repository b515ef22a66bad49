package io.mlworkbench.engine.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * What {@code workbench workspace info} and the status bar show about an open workspace.
 *
 * @param directory the workspace folder
 * @param databaseUrl the registry's JDBC URL
 * @param schemaVersion the registry schema version
 * @param workspaceId the workspace's random id
 * @param createdAt when the workspace was created
 * @param createdByVersion the product version that created it
 * @param buildVersion the product version now running
 * @param databaseBytes the size of the registry files on disk
 * @param counts how many objects of each kind the registry holds, by table name, in a fixed order
 */
public record WorkspaceInfo(Path directory, String databaseUrl, String schemaVersion, String workspaceId,
                            Instant createdAt, String createdByVersion, String buildVersion, long databaseBytes,
                            Map<String, Long> counts) {
}
