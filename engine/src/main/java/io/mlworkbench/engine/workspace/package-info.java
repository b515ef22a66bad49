/**
 * Workspaces: a folder holding one registry database, opened by at most one process at a time.
 */
package io.mlworkbench.engine.workspace;
