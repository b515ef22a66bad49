package io.mlworkbench.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A node follows the theme marked on the root of the window it is in, and keeps it when it leaves. */
class WindowThemeUiTest {

    @BeforeEach
    void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void followsTheMarkOfItsWindowRoot() throws Exception {
        List<Theme> seen = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            Pane child = new Pane();
            StackPane root = new StackPane(child);
            WindowTheme.mark(root, Theme.DARK);
            ObservableValue<Theme> theme = WindowTheme.of(child);
            seen.add(theme.getValue());
            new Scene(root);
            seen.add(theme.getValue());
            WindowTheme.mark(root, Theme.LIGHT);
            seen.add(theme.getValue());
            WindowTheme.mark(root, Theme.DARK);
            seen.add(theme.getValue());
            root.getChildren().clear();
            WindowTheme.mark(root, Theme.LIGHT);
            seen.add(theme.getValue());
        });

        assertThat(seen).containsExactly(Theme.LIGHT, Theme.DARK, Theme.LIGHT, Theme.DARK, Theme.DARK);
    }
}
