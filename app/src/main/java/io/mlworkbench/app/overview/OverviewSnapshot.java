package io.mlworkbench.app.overview;

import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.workspace.WorkspaceInfo;
import java.util.List;

/**
 * Everything the overview shows, read in one background task.
 *
 * @param info the workspace facts and counts
 * @param projects all projects, active first
 * @param auditEntries the newest audit-log entries, newest first
 */
record OverviewSnapshot(WorkspaceInfo info, List<Project> projects, List<AuditEntry> auditEntries) {
}
