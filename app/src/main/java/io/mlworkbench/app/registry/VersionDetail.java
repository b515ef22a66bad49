package io.mlworkbench.app.registry;

import io.mlworkbench.engine.registry.ModelLineage;
import io.mlworkbench.engine.registry.bundle.BundleOrigin;
import io.mlworkbench.engine.training.EvaluationReport;
import java.util.Optional;

/**
 * What the detail pane shows for one version.
 *
 * @param lineage where the version came from, with its stored metrics
 * @param evaluation the run's evaluation (curves, confusion matrix), when the run stored one
 * @param origin the bundle it was imported from, with the source workspace's lineage; empty when trained here
 */
public record VersionDetail(ModelLineage lineage, Optional<EvaluationReport> evaluation,
                            Optional<BundleOrigin> origin) {
}
