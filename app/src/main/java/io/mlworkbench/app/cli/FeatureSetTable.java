package io.mlworkbench.app.cli;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.features.store.FeatureTable;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;

/**
 * A dataset version transformed by a fitted feature set version, ready to train on: the stored feature table (found,
 * or materialised now) and its rows.
 *
 * @param features the feature set and its fitted version
 * @param stored the feature table's lineage
 * @param rows the feature table's rows
 */
record FeatureSetTable(FeatureSetReference.Resolved features, FeatureTable stored, Table rows) {

    /**
     * Resolves {@code reference} to a fitted version (preferring the dataset's project when several projects have
     * the name), materialises it on {@code data} and checks that the target came through.
     *
     * @param session the workspace
     * @param reference {@code NAME} or {@code NAME@VERSION}
     * @param data the dataset version to transform
     * @param target the column to predict
     * @return the feature table
     * @throws WorkbenchException when the set or version is unknown or unfitted, or the target is not a column of
     *     the feature table
     */
    static FeatureSetTable materialise(WorkspaceSession session, String reference, DatasetVersion data,
                                       String target) {
        FeatureSetReference.Resolved found = FeatureSetReference.parse(reference, null)
                .resolveFitted(session.featurePipelines(), data.projectName());
        FeatureTable stored = session.featureStore().materialise(session.actor(), found.version().id(), data.id(),
                session.datasets().loadTable(data.id()), ProgressListener.ignoring(), CancellationToken.never());
        Table rows = session.featureStore().read(stored.id());
        if (rows.schema().indexOf(target) < 0) {
            throw new WorkbenchException("--target '" + target + "' is not a column of feature set "
                    + found.set().name() + " v" + found.version().versionNo() + " applied to " + data.datasetName()
                    + "@v" + data.versionNo() + "; its columns are " + rows.schema().names() + " (nothing was trained)");
        }
        return new FeatureSetTable(found, stored, rows);
    }

    /** @return e.g. {@code basics v2} */
    String label() {
        return features.set().name() + " v" + features.version().versionNo();
    }
}
