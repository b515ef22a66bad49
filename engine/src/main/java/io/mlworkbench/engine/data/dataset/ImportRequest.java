package io.mlworkbench.engine.data.dataset;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.ingest.ImportOptions;

/**
 * What to import where.
 *
 * @param actor who imports
 * @param projectName the project (created when missing)
 * @param datasetName the dataset (created when missing; a new version otherwise)
 * @param source where to read
 * @param options the user's choices; open ones are sniffed and inferred
 */
public record ImportRequest(Actor actor, String projectName, String datasetName, ImportSource source,
                            ImportOptions options) {

    /** Rejects missing parts and blank names. */
    public ImportRequest {
        if (actor == null || source == null) {
            throw new WorkbenchException("An import needs an actor and a source");
        }
        if (projectName == null || projectName.isBlank() || datasetName == null || datasetName.isBlank()) {
            throw new WorkbenchException("An import needs a project name and a dataset name (got '" + projectName
                    + "' and '" + datasetName + "')");
        }
        if (datasetName.strip().length() > 200) {
            throw new WorkbenchException("Dataset name too long: " + datasetName.strip().length()
                    + " characters, at most 200");
        }
        projectName = projectName.strip();
        datasetName = datasetName.strip();
        if (options == null) {
            options = ImportOptions.defaults();
        }
    }
}
