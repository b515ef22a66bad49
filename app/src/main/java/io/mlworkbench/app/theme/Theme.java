package io.mlworkbench.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/** The workbench's themes: AtlantaFX Primer light and dark. */
public enum Theme {

    /** Light background, GitHub Primer colours. */
    LIGHT,
    /** Dark background, GitHub Primer colours. */
    DARK;

    /**
     * @param name a theme name as stored in the preferences
     * @return that theme, or {@link #LIGHT} for an unknown name
     */
    public static Theme fromName(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LIGHT;
        }
    }

    /** Makes this theme the user-agent style sheet of every window. Call on the JavaFX thread. */
    public void apply() {
        String stylesheet = this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(stylesheet);
    }
}
