package io.mlworkbench.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.BuildInfo;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void createsFolderAndRegistryOnFirstOpen() {
        Path dir = temp.resolve("nested/ws");
        try (Workspace ws = Workspace.open(dir)) {
            WorkspaceInfo info = ws.info();
            assertThat(info.directory()).isEqualTo(dir.toAbsolutePath());
            assertThat(info.schemaVersion()).isEqualTo("3");
            assertThat(info.createdByVersion()).isEqualTo(BuildInfo.version());
            assertThat(info.counts()).containsEntry("project", 0L).containsKey("audit_log");
        }
        assertThat(dir.resolve("registry.mv.db")).exists();
    }

    @Test
    void keepsIdentityAndDataAcrossReopen() {
        String id;
        try (Workspace ws = Workspace.open(temp)) {
            id = ws.info().workspaceId();
            services(ws).create(new Actor("ana"), "churn", "first");
        }
        try (Workspace ws = Workspace.open(temp)) {
            assertThat(ws.info().workspaceId()).isEqualTo(id);
            assertThat(services(ws).list()).extracting(p -> p.name()).containsExactly("churn");
        }
    }

    @Test
    void refusesSecondOpenWithHolderInMessage() {
        try (Workspace first = Workspace.open(temp)) {
            assertThat(first).isNotNull();
            assertThatThrownBy(() -> Workspace.open(temp))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageContaining("in use by pid " + ProcessHandle.current().pid());
        }
        try (Workspace again = Workspace.open(temp)) {
            assertThat(again.info().schemaVersion()).isEqualTo("3");
        }
    }

    @Test
    void refusesAFileAsWorkspace() throws Exception {
        Path file = Files.writeString(temp.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("is a file, expected a folder");
    }

    private static ProjectService services(Workspace ws) {
        var jdbi = ws.database().jdbi();
        return new ProjectService(ws.database(), new ProjectRepository(jdbi),
                new AuditLogRepository(jdbi, Clock.systemUTC()), Clock.systemUTC());
    }
}
