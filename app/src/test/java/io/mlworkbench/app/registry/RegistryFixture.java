package io.mlworkbench.app.registry;

import io.mlworkbench.app.compare.RunCatalog;
import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.app.training.SmallTables;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.training.TrainingListener;
import io.mlworkbench.engine.training.TrainingRequest;
import io.mlworkbench.engine.training.TrainingSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** A workspace with two finished runs and the Registry step's view models over it, for tests. */
final class RegistryFixture implements AutoCloseable {

    final WorkspaceSession session;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final List<LifecycleStep> navigated = new ArrayList<>();
    final long[] runs = new long[2];

    RegistryFixture(Path directory) {
        session = WorkspaceSession.open(directory);
        long project = session.projects().findOrCreate(session.actor(), "churn").id();
        String[] algorithms = {"decision_tree", "logistic_regression"};
        for (int i = 0; i < runs.length; i++) {
            runs[i] = session.training().train(session.actor(), new TrainingRequest(project, "baseline",
                            Optional.empty(), Optional.empty(), TrainingSpec.of("label", algorithms[i])),
                    SmallTables.binary(240, 3), TrainingListener.ignoring(), () -> false).run().id();
        }
    }

    /**
     * @param actor who works in the view models
     * @return the step's view models, synchronous
     */
    RegistryViewModels viewModels(Actor actor) {
        return viewModels(actor, step -> step != LifecycleStep.IMPORT);
    }

    /**
     * @param actor who works in the view models
     * @param available which steps the window has
     * @return the step's view models, synchronous
     */
    RegistryViewModels viewModels(Actor actor, Predicate<LifecycleStep> available) {
        return RegistryViewModels.create(session.registryServices(),
                new RunCatalog(session.projects(), session.training()), actor,
                new SynchronousTaskExecutor(), dialogs, Messages.load(Locale.ENGLISH), navigated::add, available);
    }

    @Override
    public void close() {
        session.close();
    }
}
