package io.mlworkbench.engine.workspace;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process for {@link KillNineTest}: opens a workspace and commits projects one by one forever,
 * announcing each commit on stdout after it returned, until it is killed.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    /**
     * @param args the workspace folder
     */
    public static void main(String[] args) {
        Workspace ws = Workspace.open(Path.of(args[0]));
        var jdbi = ws.database().jdbi();
        ProjectService projects = new ProjectService(ws.database(), new ProjectRepository(jdbi),
                new AuditLogRepository(jdbi, Clock.systemUTC()), Clock.systemUTC());
        for (int i = 0; ; i++) {
            projects.create(new Actor("writer"), "p" + i, "written before the crash");
            System.out.println("committed " + i);
            System.out.flush();
        }
    }
}
