package io.mlworkbench.app.view;

import io.mlworkbench.app.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads every view's FXML the same way. A view {@code io.mlworkbench.app.<stage>.<Name>View} owns
 * {@code /fxml/<stage>/<Name>View.fxml}; the view object itself becomes the FXML controller (so the FXML
 * declares no {@code fx:controller}) and {@code %key} references resolve against the message bundle.
 */
public final class ViewLoader {

    private static final String BASE_PACKAGE = "io.mlworkbench.app.";

    private final Messages messages;

    /** @param messages the bundle every view's text comes from */
    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    /**
     * Loads a view's FXML with the view as its controller.
     *
     * @param view the view object; its class decides which FXML file is loaded
     * @return the root node of the loaded FXML
     * @throws IllegalStateException when the FXML file does not exist (a packaging bug)
     * @throws UncheckedIOException when the FXML cannot be parsed
     */
    public Parent load(Object view) {
        URL location = locate(view.getClass());
        FXMLLoader loader = new FXMLLoader(location, messages.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param viewClass a view class in {@code io.mlworkbench.app.<stage>}
     * @return the class-path location of its FXML, {@code fxml/<stage>/<Name>View.fxml}
     */
    static String fxmlPath(Class<?> viewClass) {
        String name = viewClass.getName();
        if (!name.startsWith(BASE_PACKAGE) || !viewClass.getSimpleName().endsWith("View")) {
            throw new IllegalArgumentException("Not a view class: " + name
                    + " (expected io.mlworkbench.app.<stage>.<Name>View)");
        }
        String stage = viewClass.getPackageName().substring(BASE_PACKAGE.length()).replace('.', '/');
        return "/fxml/" + stage + "/" + viewClass.getSimpleName() + ".fxml";
    }

    private static URL locate(Class<?> viewClass) {
        String path = fxmlPath(viewClass);
        URL location = viewClass.getResource(path);
        if (location == null) {
            throw new IllegalStateException("FXML " + path + " for " + viewClass.getName() + " is not on the class path");
        }
        return location;
    }
}
