package io.mlworkbench.app.features;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.PipelineDefinition;

/**
 * A pipeline to save as a feature set version, fitted on a dataset version's training rows.
 *
 * @param projectName the project the set belongs to when it is new
 * @param version the dataset version
 * @param table its rows
 * @param split the training rows
 * @param definition the steps and target
 */
record SaveRequest(String projectName, DatasetVersionChoice version, Table table, TrainingSplit split,
                   PipelineDefinition definition) {
}
