package io.mlworkbench.app.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a snapshot of a scene as a PNG when the build asks for screenshots ({@code -Dmlwb.screenshots=DIR});
 * does nothing otherwise.
 */
final class ScreenshotSupport {

    private ScreenshotSupport() {
    }

    static void saveIfRequested(Scene scene, String name) {
        String directory = System.getProperty("mlwb.screenshots");
        if (directory == null || directory.isBlank()) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        robot.interact(() -> image[0] = scene.snapshot(null));
        try {
            Path file = Path.of(directory).resolve(name);
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
