package io.mlworkbench.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.project.ProjectRepository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing the process with SIGKILL while it writes loses nothing it had committed. */
class KillNineTest {

    @TempDir
    Path temp;

    @Test
    void keepsEveryCommitAfterKillNine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), temp.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int lastCommitted = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && lastCommitted < 200) {
                lastCommitted = Integer.parseInt(line.substring("committed ".length()));
            }
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no H2 close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastCommitted).isEqualTo(200);

        try (Workspace reopened = Workspace.open(temp)) {
            var projects = new ProjectRepository(reopened.database().jdbi()).findAll();
            assertThat(projects.size()).isGreaterThanOrEqualTo(lastCommitted + 1);
            for (int i = 0; i <= lastCommitted; i++) {
                String name = "p" + i;
                assertThat(projects).extracting(Project::name).contains(name);
            }
        }
    }
}
