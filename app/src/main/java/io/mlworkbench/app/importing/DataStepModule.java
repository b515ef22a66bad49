package io.mlworkbench.app.importing;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepContext;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.validation.ValidateView;
import io.mlworkbench.app.validation.ValidateViewModel;

/**
 * Registers the data steps, Import (with the profile of the imported version) and Validate, wired so that an
 * import's "Validate this version" opens the Validate step on the new version. Validate's sidebar entry shows the
 * newest version's last validation outcome from the start, before the step is first opened.
 */
public final class DataStepModule implements StepModule {

    private final StepContext context;

    /** @param context the window's executor, dialogs, texts and FXML loader */
    public DataStepModule(StepContext context) {
        this.context = context;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry importEntry = new NavigationEntry(LifecycleStep.IMPORT, context.text("nav.import"));
        NavigationEntry validateEntry = new NavigationEntry(LifecycleStep.VALIDATE, context.text("nav.validate"));
        ImportViewModel importing = new ImportViewModel(session, context.executor(), context.dialogs(),
                context.messages(), importEntry);
        ValidateViewModel validating = new ValidateViewModel(session, context.executor(), context.dialogs(),
                context.messages(), validateEntry);
        importing.importedProperty().addListener((observable, before, now) -> {
            if (now != null) {
                validating.choose(now.id());
            }
        });
        importing.onValidate(version -> {
            validating.choose(version.id());
            validateEntry.show();
        });
        registry.register(importEntry, () -> {
            ImportView view = new ImportView(importing, context.loader(), context.messages());
            importing.refreshProjects();
            return view.root();
        });
        registry.register(validateEntry,
                () -> new ValidateView(validating, context.loader(), context.messages()).root());
        validating.publishState();
        publishImportState(importEntry, session);
    }

    /** Import's entry says how many datasets the workspace holds, until this session imports one itself. */
    private void publishImportState(NavigationEntry entry, WorkspaceSession session) {
        context.executor().execute(BackgroundTask.of(context.text("import.task.count"), (progress, cancel) ->
                        session.info().counts())
                .onSuccess(counts -> {
                    long datasets = counts.getOrDefault("dataset", 0L);
                    if (datasets > 0 && entry.stateProperty().get() == StepState.NOT_STARTED) {
                        entry.stateProperty().set(StepState.DONE);
                        entry.subjectProperty().set(context.text("import.subject.count", datasets,
                                counts.getOrDefault("dataset_version", 0L)));
                    }
                }));
    }
}
