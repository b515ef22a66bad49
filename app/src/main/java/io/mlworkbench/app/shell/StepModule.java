package io.mlworkbench.app.shell;

import io.mlworkbench.app.session.WorkspaceSession;

/**
 * Contributes one or more steps to the sidebar for an open workspace. Each lifecycle screen provides one;
 * the composition root lists them.
 */
@FunctionalInterface
public interface StepModule {

    /**
     * Registers this module's steps for a newly opened workspace.
     *
     * @param registry where to register
     * @param session the open workspace and its engine services
     */
    void register(StepRegistry registry, WorkspaceSession session);
}
