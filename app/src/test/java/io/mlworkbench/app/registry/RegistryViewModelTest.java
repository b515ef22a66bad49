package io.mlworkbench.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryViewModelTest {

    @TempDir
    Path temp;

    private final RegistryDatabase database = RegistryDatabase.openInMemory("registry-vm-" + System.nanoTime());
    private final List<String> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final RegistryViewModel viewModel = new RegistryViewModel(
            RegistryServices.over(database, Clock.systemUTC()), new Actor("ana"), new SynchronousTaskExecutor(),
            new DialogService() {
                @Override
                public void showError(String headline, Throwable failure) {
                    errors.add(headline + ": " + failure.getMessage());
                }

                @Override
                public void showInformation(String headline, String text) {
                    notes.add(headline);
                }

                @Override
                public boolean confirm(String headline, String explanation) {
                    return true;
                }

                @Override
                public void notify(String message) {
                    notes.add(message);
                }

                @Override
                public Optional<Path> chooseDirectory(String title, Path initial) {
                    return Optional.empty();
                }
            }, Messages.load(Locale.ENGLISH));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void emptyRegistrySaysWhatToDoNext() {
        viewModel.refresh();
        assertThat(viewModel.versions()).isEmpty();
        assertThat(viewModel.emptyProperty().get()).isTrue();
        assertThat(errors).isEmpty();
    }

    @Test
    void damagedBundleIsRefusedAndCannotBeImported() throws Exception {
        Path file = temp.resolve("broken.mlwb");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0});
        viewModel.previewBundle(file);
        assertThat(viewModel.previewProperty().get()).startsWith("Refused:").contains("truncated");
        assertThat(viewModel.pendingBundleProperty().get()).isNull();
        assertThat(errors).hasSize(1);
    }

    @Test
    void fileThatIsNotABundleIsNotOpened() {
        viewModel.previewBundle(temp.resolve("data.csv"));
        assertThat(notes).containsExactly("data.csv is not a .mlwb bundle");
        assertThat(viewModel.pendingBundleProperty().get()).isNull();
    }
}
