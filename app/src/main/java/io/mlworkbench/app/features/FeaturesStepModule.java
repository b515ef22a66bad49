package io.mlworkbench.app.features;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepContext;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import javafx.util.Duration;

/** Registers the Features step: build feature pipelines, save and reuse feature sets. */
public final class FeaturesStepModule implements StepModule {

    /** How long editing must pause before the preview is fitted again. */
    static final Duration PREVIEW_DELAY = Duration.millis(350);

    private final StepContext context;

    /** @param context the window's executor, dialogs, texts and FXML loader */
    public FeaturesStepModule(StepContext context) {
        this.context = context;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry entry = new NavigationEntry(LifecycleStep.FEATURES, context.text("features.nav"));
        FeatureServices services = new FeatureServices(session.projects(), new DatasetServiceSource(session.datasets()),
                session.featurePipelines(), session.featureStore(), session.stepCatalog(), session.actor());
        registry.register(entry, () -> {
            FeaturesViewModel viewModel = new FeaturesViewModel(services, context.executor(), context.dialogs(),
                    context.messages(), entry, new FxDebouncer(PREVIEW_DELAY));
            return new FeaturesView(viewModel, context.loader(), context.messages()).root();
        });
    }
}
