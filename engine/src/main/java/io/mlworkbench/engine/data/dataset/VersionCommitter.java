package io.mlworkbench.engine.data.dataset;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.columnar.ColumnarFormat;
import io.mlworkbench.engine.data.columnar.ColumnarReader;
import io.mlworkbench.engine.data.columnar.ColumnarWriter;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.data.ingest.ImportResultRows;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.store.BlobRef;
import io.mlworkbench.engine.store.BlobStore;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.task.CancellationToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Stores an import's rows as a dataset version in one transaction: project and dataset when new, the blob,
 * the diff against the latest version, the version and its audit entries. Identical content returns the
 * existing version instead.
 */
final class VersionCommitter {

    private final RegistryDatabase database;
    private final DatasetRepository datasets;
    private final DatasetVersionRepository versions;
    private final BlobStore blobs;
    private final ProjectService projects;
    private final AuditLogRepository audit;
    private final Clock clock;

    VersionCommitter(RegistryDatabase database, DatasetRepository datasets, DatasetVersionRepository versions,
                     BlobStore blobs, ProjectService projects, AuditLogRepository audit, Clock clock) {
        this.database = database;
        this.datasets = datasets;
        this.versions = versions;
        this.blobs = blobs;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    ImportResult commit(ImportRequest request, ImportOptions options, String settingsJson, ImportResultRows rows,
                        Path body, CancellationToken cancel) {
        return database.inTransaction(h -> {
            Project project = projects.findOrCreate(request.actor(), request.projectName());
            Dataset dataset = datasets.find(project.id(), request.datasetName()).orElseGet(() -> {
                long id = datasets.insert(project.id(), request.datasetName(), request.actor().login(), clock.instant());
                audit.append(request.actor(), "dataset.create", "dataset", project.name() + "/" + request.datasetName(),
                        "{}");
                return datasets.findById(id).orElseThrow();
            });
            Optional<DatasetVersion> same = versions.findByContentHash(dataset.id(), rows.contentHash());
            if (same.isPresent()) {
                return new ImportResult(same.get(), true, same.get().diff(), rows.skippedRaggedRows(),
                        rows.skippedRaggedLines(), rows.widenings(), options);
            }
            Optional<DatasetVersion> latest = versions.findLatest(dataset.id());
            cancel.throwIfCancelled("storing the dataset version");
            BlobRef blob = store(rows, body, cancel);
            Optional<DatasetDiff> diff = latest.map(previous -> diff(previous, blob, cancel));
            DatasetVersion version = versions.insert(new DatasetVersion(0, dataset.id(), project.name(), dataset.name(),
                    0, rows.contentHash(), rows.rowCount(), rows.schema().size(), rows.schema(), request.source().kind(),
                    request.source().describe(), settingsJson, diff, blob.id(), request.actor().login(),
                    clock.instant()));
            audit.append(request.actor(), "dataset.version.create", "dataset_version", version.uri(),
                    details(version, diff));
            return new ImportResult(version, false, diff, rows.skippedRaggedRows(), rows.skippedRaggedLines(),
                    rows.widenings(), options);
        });
    }

    private BlobRef store(ImportResultRows rows, Path body, CancellationToken cancel) {
        byte[] header = ColumnarWriter.header(rows.schema(), rows.rowCount());
        try (InputStream data = new SequenceInputStream(new ByteArrayInputStream(header), Files.newInputStream(body))) {
            return blobs.write(data, ColumnarFormat.MEDIA_TYPE, cancel);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read the import's scratch file " + body + ": " + e.getMessage(), e);
        }
    }

    private DatasetDiff diff(DatasetVersion previous, BlobRef current, CancellationToken cancel) {
        try (ColumnarReader before = new ColumnarReader(blobs.open(previous.dataBlobId()));
             ColumnarReader after = new ColumnarReader(blobs.open(current.id()))) {
            return RowDiffer.diff(previous.versionNo(), before, after, cancel);
        }
    }

    private static String details(DatasetVersion v, Optional<DatasetDiff> diff) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("rows", v.rowCount());
        node.put("columns", v.columnCount());
        node.put("contentHash", v.contentHash());
        node.put("sourceKind", v.sourceKind().dbName());
        node.put("source", v.sourceText());
        diff.ifPresent(d -> {
            node.put("rowsAdded", d.rowsAdded());
            node.put("rowsRemoved", d.rowsRemoved());
            node.put("schemaChanges", d.schemaChanges().size());
        });
        return node.toString();
    }
}
