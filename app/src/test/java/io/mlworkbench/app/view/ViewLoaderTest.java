package io.mlworkbench.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.app.overview.WorkspaceOverviewView;
import io.mlworkbench.app.shell.MainWindowView;
import org.junit.jupiter.api.Test;

class ViewLoaderTest {

    @Test
    void viewFxmlLivesUnderItsStageFolder() {
        assertThat(ViewLoader.fxmlPath(MainWindowView.class)).isEqualTo("/fxml/shell/MainWindowView.fxml");
        assertThat(ViewLoader.fxmlPath(WorkspaceOverviewView.class))
                .isEqualTo("/fxml/overview/WorkspaceOverviewView.fxml");
    }

    @Test
    void everyViewHasItsFxmlOnTheClassPath() {
        for (Class<?> view : new Class<?>[] {MainWindowView.class, WorkspaceOverviewView.class}) {
            assertThat(view.getResource(ViewLoader.fxmlPath(view))).as(view.getSimpleName()).isNotNull();
        }
    }

    @Test
    void classesThatAreNotViewsAreRefused() {
        assertThatThrownBy(() -> ViewLoader.fxmlPath(String.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
