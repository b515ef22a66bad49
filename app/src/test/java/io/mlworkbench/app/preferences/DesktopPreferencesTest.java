package io.mlworkbench.app.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopPreferencesTest {

    @TempDir
    Path temp;

    @Test
    void missingFileMeansDefaults() {
        DesktopPreferences preferences = new DesktopPreferences(temp.resolve("none.properties"));
        assertThat(preferences.recentWorkspaces()).isEmpty();
        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void recentWorkspacesAreMostRecentFirstWithoutDuplicatesAndSurviveARestart() {
        Path file = temp.resolve("sub").resolve("prefs.properties");
        DesktopPreferences preferences = new DesktopPreferences(file);
        preferences.rememberWorkspace(temp.resolve("a"));
        preferences.rememberWorkspace(temp.resolve("b"));
        preferences.rememberWorkspace(temp.resolve("a"));
        assertThat(new DesktopPreferences(file).recentWorkspaces())
                .containsExactly(temp.resolve("a"), temp.resolve("b"));
    }

    @Test
    void onlyTheNewestFewAreKept() {
        DesktopPreferences preferences = new DesktopPreferences(temp.resolve("prefs.properties"));
        for (int i = 0; i < DesktopPreferences.MAX_RECENT + 3; i++) {
            preferences.rememberWorkspace(temp.resolve("w" + i));
        }
        assertThat(preferences.recentWorkspaces()).hasSize(DesktopPreferences.MAX_RECENT)
                .first().isEqualTo(temp.resolve("w" + (DesktopPreferences.MAX_RECENT + 2)));
    }

    @Test
    void unreadableOrUnknownValuesFallBackToDefaults() throws IOException {
        Path file = temp.resolve("prefs.properties");
        Files.writeString(file, "theme=purple\n");
        assertThat(new DesktopPreferences(file).theme()).isEqualTo(Theme.LIGHT);
    }
}
