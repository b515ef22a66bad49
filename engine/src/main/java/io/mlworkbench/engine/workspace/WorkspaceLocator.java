package io.mlworkbench.engine.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which workspace folder to open: the {@code --workspace} option, else the {@code MLWB_WORKSPACE}
 * environment variable, else {@code ~/.mlworkbench/default}.
 */
public final class WorkspaceLocator {

    /** The environment variable that names the workspace folder. */
    public static final String ENVIRONMENT_VARIABLE = "MLWB_WORKSPACE";

    private final Map<String, String> environment;
    private final Path userHome;

    /**
     * @param environment the process environment (usually {@link System#getenv()})
     * @param userHome the user's home folder
     */
    public WorkspaceLocator(Map<String, String> environment, Path userHome) {
        this.environment = Map.copyOf(environment);
        this.userHome = userHome;
    }

    /** @return a locator over this process's environment and home folder */
    public static WorkspaceLocator ofSystem() {
        return new WorkspaceLocator(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * @param option the folder given on the command line, if any
     * @return the absolute, normalised workspace folder to open
     */
    public Path resolve(Optional<Path> option) {
        Path chosen = option.orElseGet(() -> {
            String fromEnv = environment.get(ENVIRONMENT_VARIABLE);
            if (fromEnv != null && !fromEnv.isBlank()) {
                return Path.of(fromEnv);
            }
            return defaultWorkspace();
        });
        return chosen.toAbsolutePath().normalize();
    }

    /** @return {@code ~/.mlworkbench/default} */
    public Path defaultWorkspace() {
        return userHome.resolve(".mlworkbench").resolve("default");
    }
}
