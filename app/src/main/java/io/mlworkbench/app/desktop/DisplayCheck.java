package io.mlworkbench.app.desktop;

import java.util.Map;
import java.util.Optional;

/** Decides, before JavaFX starts, whether a window can be shown at all. */
final class DisplayCheck {

    private final Map<String, String> environment;
    private final String osName;

    /**
     * @param environment the process environment
     * @param osName the {@code os.name} system property
     */
    DisplayCheck(Map<String, String> environment, String osName) {
        this.environment = Map.copyOf(environment);
        this.osName = osName;
    }

    /**
     * @return why no window can be shown, or empty when a display is available (Windows and macOS always
     *     have one; on Linux and other Unixes {@code DISPLAY} or {@code WAYLAND_DISPLAY} must be set)
     */
    Optional<String> problem() {
        String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        if (isSet("DISPLAY") || isSet("WAYLAND_DISPLAY")) {
            return Optional.empty();
        }
        return Optional.of("DISPLAY and WAYLAND_DISPLAY are not set");
    }

    private boolean isSet(String name) {
        String value = environment.get(name);
        return value != null && !value.isBlank();
    }
}
