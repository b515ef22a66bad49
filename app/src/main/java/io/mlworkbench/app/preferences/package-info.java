/**
 * What the desktop app remembers between runs (recent workspaces, theme), kept in a small properties file
 * beside the default workspace, never in the registry.
 */
package io.mlworkbench.app.preferences;
