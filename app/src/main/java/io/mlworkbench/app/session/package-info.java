/**
 * The composition root: {@link io.mlworkbench.app.session.WorkspaceSession} opens a workspace and builds the
 * engine services on it by constructor injection. The desktop app and the command line both start here.
 */
package io.mlworkbench.app.session;
