/**
 * The Features step: build a feature pipeline on a dataset version (steps with forms generated from their
 * declarations, undo/redo, a live preview fitted on the training split with before/after distributions), save it
 * as a named feature set, and browse the workspace's feature sets with lineage, freshness and where each is used.
 */
package io.mlworkbench.app.features;
