package io.mlworkbench.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    @Test
    void linuxWithoutDisplayVariablesHasNoDisplay() {
        assertThat(new DisplayCheck(Map.of("HOME", "/root"), "Linux").problem())
                .hasValue("DISPLAY and WAYLAND_DISPLAY are not set");
    }

    @Test
    void blankDisplayCountsAsUnset() {
        assertThat(new DisplayCheck(Map.of("DISPLAY", " "), "Linux").problem()).isPresent();
    }

    @Test
    void x11DisplayIsEnough() {
        assertThat(new DisplayCheck(Map.of("DISPLAY", ":99"), "Linux").problem()).isEmpty();
    }

    @Test
    void waylandDisplayIsEnough() {
        assertThat(new DisplayCheck(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux").problem()).isEmpty();
    }

    @Test
    void windowsAndMacAlwaysHaveADisplay() {
        assertThat(new DisplayCheck(Map.of(), "Windows 11").problem()).isEmpty();
        assertThat(new DisplayCheck(Map.of(), "Mac OS X").problem()).isEmpty();
    }

    @Test
    void launcherRefusesBeforeStartingJavaFx() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"),
                "only Linux and other Unixes need DISPLAY");
        DesktopLauncher launcher = new DesktopLauncher(Map.of(), null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> launcher.launch(java.nio.file.Path.of("ws")))
                .isInstanceOf(DisplayUnavailableException.class)
                .hasMessageContaining("xvfb-run ./workbench");
    }
}
