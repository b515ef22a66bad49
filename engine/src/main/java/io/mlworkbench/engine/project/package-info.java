/**
 * Projects: the top-level grouping of datasets, suites, pipelines and experiments in a workspace.
 */
package io.mlworkbench.engine.project;
