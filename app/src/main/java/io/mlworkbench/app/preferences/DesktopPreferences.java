package io.mlworkbench.app.preferences;

import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.engine.store.AtomicFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's remembered settings: the most recently opened workspaces and the theme, stored in a
 * properties file. A missing or unreadable file means defaults; a failed save is logged, never fatal.
 */
public final class DesktopPreferences {

    /** How many recent workspaces are remembered. */
    public static final int MAX_RECENT = 8;

    private static final Logger LOG = LoggerFactory.getLogger(DesktopPreferences.class);
    private static final String THEME = "theme";
    private static final String RECENT = "recent.";

    private final Path file;
    private final Properties values = new Properties();

    /** @param file the properties file (created on first save) */
    public DesktopPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable preferences {}: {}", file, e.getMessage());
                values.clear();
            }
        }
    }

    /** @return the recent workspace folders, most recent first */
    public List<Path> recentWorkspaces() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = values.getProperty(RECENT + i);
            if (value != null && !value.isBlank()) {
                recent.add(Path.of(value));
            }
        }
        return recent;
    }

    /**
     * Moves a workspace to the front of the recent list and saves.
     *
     * @param workspace the folder just opened
     */
    public void rememberWorkspace(Path workspace) {
        Path normalized = workspace.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentWorkspaces());
        recent.remove(normalized);
        recent.add(0, normalized);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty(RECENT + i, recent.get(i).toString());
            } else {
                values.remove(RECENT + i);
            }
        }
        save();
    }

    /** @return the chosen theme, light by default */
    public Theme theme() {
        return Theme.fromName(values.getProperty(THEME, Theme.LIGHT.name()));
    }

    /**
     * Remembers the theme and saves.
     *
     * @param theme the chosen theme
     */
    public void setTheme(Theme theme) {
        values.setProperty(THEME, theme.name());
        save();
    }

    private void save() {
        try {
            AtomicFile.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "MLOps Workbench desktop preferences");
                writer.flush();
            });
        } catch (IOException e) {
            LOG.warn("Could not save preferences to {}: {}", file, e.getMessage());
        }
    }
}
