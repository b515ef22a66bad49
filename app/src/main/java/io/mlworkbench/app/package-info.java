/**
 * The desktop application and command line of MLOps Workbench; {@link io.mlworkbench.app.Main} starts both.
 */
package io.mlworkbench.app;
