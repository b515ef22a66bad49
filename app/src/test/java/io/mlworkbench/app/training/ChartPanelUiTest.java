package io.mlworkbench.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.theme.ChartTheme;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.app.theme.WindowTheme;
import io.mlworkbench.engine.training.evaluation.CurvePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A chart panel draws its chart in the theme of its window and draws it again when the theme is switched. */
class ChartPanelUiTest {

    @BeforeEach
    void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Color corner(ChartPanel panel) {
        ImageView image = (ImageView) panel.getChildren().get(0);
        return image.getImage().getPixelReader().getColor(1, 1);
    }

    private static java.awt.Color background(Theme theme) {
        return ChartTheme.of(theme).background();
    }

    private static boolean same(Color shown, java.awt.Color expected) {
        return (int) Math.round(shown.getRed() * 255) == expected.getRed()
                && (int) Math.round(shown.getGreen() * 255) == expected.getGreen()
                && (int) Math.round(shown.getBlue() * 255) == expected.getBlue();
    }

    @Test
    void drawsInTheWindowThemeAndAgainAfterASwitch() throws Exception {
        List<Boolean> dark = new ArrayList<>();
        List<Boolean> light = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            ChartPanel panel = new ChartPanel(Messages.load(Locale.ENGLISH), failure -> { });
            StackPane root = new StackPane(panel);
            WindowTheme.mark(root, Theme.DARK);
            new Scene(root);
            panel.show(new RunCharts(240, 180).roc("ROC", Map.of("run", List.of(new CurvePoint(0, 0, 1),
                    new CurvePoint(1, 1, 0)))), "");
            dark.add(same(corner(panel), background(Theme.DARK)));
            WindowTheme.mark(root, Theme.LIGHT);
            light.add(same(corner(panel), background(Theme.LIGHT)));
            WindowTheme.mark(root, Theme.DARK);
            dark.add(same(corner(panel), background(Theme.DARK)));
        });

        assertThat(dark).containsExactly(true, true);
        assertThat(light).containsExactly(true);
    }
}
