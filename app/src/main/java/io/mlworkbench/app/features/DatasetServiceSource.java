package io.mlworkbench.app.features;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.Dataset;
import io.mlworkbench.engine.data.dataset.DatasetService;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The Features step's dataset versions from the import engine's {@link DatasetService}. */
public final class DatasetServiceSource implements FeatureDataSource {

    private final DatasetService datasets;

    /** @param datasets the workspace's datasets */
    public DatasetServiceSource(DatasetService datasets) {
        this.datasets = datasets;
    }

    @Override
    public List<DatasetVersionChoice> versions(String projectName) {
        List<DatasetVersion> all = new ArrayList<>();
        for (Dataset dataset : datasets.listDatasets(projectName)) {
            all.addAll(datasets.listVersions(dataset.id()));
        }
        all.sort(Comparator.comparing(DatasetVersion::createdAt).thenComparing(DatasetVersion::id).reversed());
        return all.stream().map(DatasetServiceSource::choice).toList();
    }

    @Override
    public Optional<DatasetVersionChoice> version(long versionId) {
        return datasets.findVersion(versionId).map(DatasetServiceSource::choice);
    }

    @Override
    public Table load(long versionId) {
        return datasets.loadTable(versionId);
    }

    private static DatasetVersionChoice choice(DatasetVersion version) {
        return new DatasetVersionChoice(version.id(), version.datasetName(), version.versionNo(), version.rowCount());
    }
}
