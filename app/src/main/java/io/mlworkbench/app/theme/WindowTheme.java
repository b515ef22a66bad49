package io.mlworkbench.app.theme;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The theme a window shows, recorded on the root of its scene so that what is drawn inside it (charts rendered
 * to images, which style sheets cannot reach) can follow a theme switch. The main window marks its root; a node
 * asks {@link #of(Node)}.
 */
public final class WindowTheme {

    private static final Object KEY = Theme.class;

    private WindowTheme() {
    }

    /**
     * Records the theme a window now shows. Call on the JavaFX thread.
     *
     * @param root the root of the window's scene
     * @param theme its theme
     */
    public static void mark(Parent root, Theme theme) {
        root.getProperties().put(KEY, theme);
    }

    /**
     * Follows the theme of the window a node is shown in. Until the node is in a marked window the theme is
     * {@link Theme#LIGHT}; when it leaves a window it keeps the last theme (so a hidden view is not redrawn).
     *
     * @param node a node
     * @return its window's theme, updated when the node moves or the window's theme changes; keep a reference
     *     for as long as it is observed
     */
    public static ObservableValue<Theme> of(Node node) {
        ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(Theme.LIGHT);
        MapChangeListener<Object, Object> follow = change -> {
            if (KEY.equals(change.getKey()) && change.getValueAdded() instanceof Theme now) {
                theme.set(now);
            }
        };
        node.sceneProperty().addListener((observable, before, now) -> {
            if (before != null && before.getRoot() != null) {
                before.getRoot().getProperties().removeListener(follow);
            }
            follow(now, theme, follow);
        });
        follow(node.getScene(), theme, follow);
        return theme.getReadOnlyProperty();
    }

    private static void follow(Scene scene, ReadOnlyObjectWrapper<Theme> theme, MapChangeListener<Object, Object> on) {
        if (scene == null || scene.getRoot() == null) {
            return;
        }
        ObservableMap<Object, Object> properties = scene.getRoot().getProperties();
        properties.addListener(on);
        if (properties.get(KEY) instanceof Theme marked) {
            theme.set(marked);
        }
    }
}
