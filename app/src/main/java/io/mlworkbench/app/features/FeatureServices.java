package io.mlworkbench.app.features;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.features.FeaturePipelineService;
import io.mlworkbench.engine.features.PipelineFitter;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.features.store.FeatureStoreService;
import io.mlworkbench.engine.project.ProjectService;

/**
 * The engine services the Features step uses, from the workspace session.
 *
 * @param projects the workspace's projects
 * @param data dataset versions and their rows
 * @param pipelines feature sets and their versions
 * @param store materialised feature tables
 * @param catalog the step types
 * @param actor who works in the session
 */
public record FeatureServices(ProjectService projects, FeatureDataSource data, FeaturePipelineService pipelines,
                              FeatureStoreService store, StepCatalog catalog, Actor actor) {

    /** @return a fitter over the catalogue's step types */
    public PipelineFitter fitter() {
        return new PipelineFitter(catalog);
    }
}
