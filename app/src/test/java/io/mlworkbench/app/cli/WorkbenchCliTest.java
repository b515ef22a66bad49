package io.mlworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.desktop.DisplayUnavailableException;
import io.mlworkbench.engine.BuildInfo;
import io.mlworkbench.engine.workspace.Workspace;
import io.mlworkbench.engine.workspace.WorkspaceLocator;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchCliTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> windowsOpened = new ArrayList<>();

    private int run(Map<String, String> environment, GuiLauncher gui, String... args) {
        CliContext context = new CliContext(new CliOutput(out, err),
                new WorkspaceLocator(environment, temp.resolve("home")), gui);
        return new WorkbenchCli(context).run(args);
    }

    private int run(String... args) {
        return run(Map.of(), workspace -> {
            windowsOpened.add(workspace);
            return ExitCode.OK;
        }, args);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: workbench", "--workspace=DIR", "workspace", "xvfb-run");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void workspaceHelpListsInfo() {
        assertThat(run("workspace", "--help")).isZero();
        assertThat(out.toString()).contains("info");
    }

    @Test
    void versionPrintsTheProductVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("MLOps Workbench " + BuildInfo.version());
    }

    @Test
    void workspaceInfoPrintsFolderSchemaAndCounts() {
        Path workspace = temp.resolve("ws");
        assertThat(run("--workspace", workspace.toString(), "workspace", "info")).isZero();
        assertThat(out.toString())
                .contains("Folder:          " + workspace.toAbsolutePath().normalize())
                .contains("Database:        jdbc:h2:file:")
                .containsPattern("Schema version:  [0-9]+")
                .containsPattern("Workspace id: +[0-9a-f-]{36}")
                .containsPattern("  project +0")
                .containsPattern("  audit_log +0");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void workspaceOptionIsAcceptedAfterTheSubcommand() {
        Path workspace = temp.resolve("after");
        assertThat(run("workspace", "info", "--workspace", workspace.toString())).isZero();
        assertThat(out.toString()).contains("Folder:          " + workspace.toAbsolutePath().normalize());
    }

    @Test
    void environmentVariableChoosesTheWorkspaceWhenNoOptionIsGiven() {
        Path workspace = temp.resolve("from-env");
        run(Map.of(WorkspaceLocator.ENVIRONMENT_VARIABLE, workspace.toString()), w -> ExitCode.OK,
                "workspace", "info");
        assertThat(out.toString()).contains("Folder:          " + workspace.toAbsolutePath().normalize());
    }

    @Test
    void workspaceInUseIsOneLineOnStderrWithExitCodeOne() {
        Path workspace = temp.resolve("busy");
        Workspace held = Workspace.open(workspace);
        try {
            int exitCode = run("--workspace", workspace.toString(), "workspace", "info");
            assertThat(exitCode).isEqualTo(ExitCode.FAILURE);
        } finally {
            held.close();
        }
        assertThat(err.toString()).startsWith("workbench: Workspace " + workspace.toAbsolutePath().normalize()
                + " is in use by pid " + ProcessHandle.current().pid() + " on ");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCodeTwo() {
        assertThat(run("--no-such-option")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageErrorWithExitCodeTwo() {
        assertThat(run("workspace", "infos")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("infos");
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenWorkspace() {
        Path workspace = temp.resolve("gui");
        assertThat(run("--workspace", workspace.toString())).isZero();
        assertThat(windowsOpened).containsExactly(workspace.toAbsolutePath().normalize());
    }

    @Test
    void noCommandWithoutOptionOpensTheDefaultWorkspace() {
        run();
        assertThat(windowsOpened).containsExactly(temp.resolve("home").resolve(".mlworkbench").resolve("default"));
    }

    @Test
    void noDisplayIsOneClearLineAndANonZeroExitCode() {
        int exitCode = run(Map.of(), workspace -> {
            throw new DisplayUnavailableException("DISPLAY and WAYLAND_DISPLAY are not set");
        });
        assertThat(exitCode).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("no display available", "xvfb-run ./workbench", "workbench --help")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void unexpectedFailureIsAnInternalError() {
        int exitCode = run(Map.of(), workspace -> {
            throw new IllegalStateException("bug");
        });
        assertThat(exitCode).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(err.toString()).contains("IllegalStateException: bug");
    }
}
