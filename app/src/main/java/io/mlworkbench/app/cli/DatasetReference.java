package io.mlworkbench.app.cli;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.dataset.Dataset;

import io.mlworkbench.engine.data.dataset.DatasetVersion;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dataset version named on the command line: {@code NAME}, {@code PROJECT/NAME}, either followed by
 * {@code @N} for version N or {@code @latest} (the default).
 *
 * @param project the project's name, or null for any project
 * @param dataset the dataset's name
 * @param versionNo the version's number, or 0 for the latest
 */
record DatasetReference(String project, String dataset, int versionNo) {

    private static final Pattern SYNTAX = Pattern.compile("(?:([^/@]+)/)?([^/@]+)(?:@(latest|\\d+))?");

    /**
     * @param text e.g. {@code adult}, {@code adult@2}, {@code census/adult@latest}
     * @return the reference
     * @throws WorkbenchException when the text does not have that form
     */
    static DatasetReference parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new WorkbenchException("Invalid dataset '" + text + "': expected NAME, PROJECT/NAME, NAME@VERSION"
                    + " or NAME@latest, e.g. adult@2");
        }
        int version = m.group(3) == null || m.group(3).equals("latest") ? 0 : Integer.parseInt(m.group(3));
        return new DatasetReference(m.group(1), m.group(2), version);
    }

    /**
     * @param session the open workspace
     * @return the dataset this names
     * @throws WorkbenchException when no dataset, or more than one (in several projects), has the name
     */
    Dataset resolveDataset(WorkspaceSession session) {
        List<Dataset> all = session.allDatasets();
        List<Dataset> matches = all.stream().filter(d -> d.name().equals(dataset)
                && (project == null || d.projectName().equals(project))).toList();
        if (matches.isEmpty()) {
            List<String> known = all.stream().map(d -> d.projectName() + "/" + d.name()).toList();
            throw new WorkbenchException("No dataset '" + (project == null ? "" : project + "/") + dataset
                    + "' in this workspace; " + (known.isEmpty() ? "import one first with 'workbench import FILE'"
                    : "the datasets are " + known));
        }
        if (matches.size() > 1) {
            throw new WorkbenchException("Dataset '" + dataset + "' exists in several projects "
                    + matches.stream().map(Dataset::projectName).toList() + "; write PROJECT/" + dataset);
        }
        return matches.get(0);
    }

    /**
     * @param session the open workspace
     * @return the version this names
     * @throws WorkbenchException when the dataset or the version does not exist
     */
    DatasetVersion resolve(WorkspaceSession session) {
        Dataset found = resolveDataset(session);
        List<DatasetVersion> versions = session.datasets().listVersions(found.id());
        if (versions.isEmpty()) {
            throw new WorkbenchException("Dataset '" + dataset + "' has no versions yet");
        }
        if (versionNo == 0) {
            return versions.get(versions.size() - 1);
        }
        return versions.stream().filter(v -> v.versionNo() == versionNo).findFirst()
                .orElseThrow(() -> new WorkbenchException("Dataset '" + dataset + "' has no version " + versionNo
                        + "; its versions are 1 to " + versions.get(versions.size() - 1).versionNo()));
    }
}
