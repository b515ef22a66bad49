package io.mlworkbench.app.features;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.view.ViewLoader;
import javafx.util.Duration;

/** Registers the Features step: build feature pipelines, save and reuse feature sets. */
public final class FeaturesStepModule implements StepModule {

    /** How long editing must pause before the preview is fitted again. */
    static final Duration PREVIEW_DELAY = Duration.millis(350);

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ViewLoader loader;

    /**
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     * @param loader the FXML loader
     */
    public FeaturesStepModule(TaskExecutor executor, DialogService dialogs, Messages messages, ViewLoader loader) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.loader = loader;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry entry = new NavigationEntry(LifecycleStep.FEATURES, messages.text("features.nav"));
        FeatureServices services = new FeatureServices(session.projects(), new DatasetServiceSource(session.datasets()),
                session.featurePipelines(), session.featureStore(), session.stepCatalog(), session.actor());
        registry.register(entry, () -> {
            FeaturesViewModel viewModel = new FeaturesViewModel(services, executor, dialogs, messages, entry,
                    new FxDebouncer(PREVIEW_DELAY));
            return new FeaturesView(viewModel, loader, messages).root();
        });
    }
}
