package io.mlworkbench.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkspaceLocatorTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void optionWinsOverEnvironment() {
        var locator = new WorkspaceLocator(Map.of("MLWB_WORKSPACE", "/env/ws"), home);
        assertThat(locator.resolve(Optional.of(Path.of("/opt/ws")))).isEqualTo(Path.of("/opt/ws"));
    }

    @Test
    void environmentWinsOverDefault() {
        var locator = new WorkspaceLocator(Map.of("MLWB_WORKSPACE", "/env/ws"), home);
        assertThat(locator.resolve(Optional.empty())).isEqualTo(Path.of("/env/ws"));
    }

    @Test
    void defaultsToDotMlworkbenchDefault() {
        var locator = new WorkspaceLocator(Map.of("MLWB_WORKSPACE", " "), home);
        assertThat(locator.resolve(Optional.empty())).isEqualTo(Path.of("/home/ana/.mlworkbench/default"));
    }
}
