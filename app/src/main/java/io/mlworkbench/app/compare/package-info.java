/**
 * The Compare step: choose finished runs and see them side by side (metric table with the best per metric,
 * overlaid ROC and precision-recall curves, confusion matrices, metric bars) with a statistical test of
 * whether two runs really differ, its p-value explained in words.
 */
package io.mlworkbench.app.compare;
