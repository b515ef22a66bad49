package io.mlworkbench.engine.data.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.columnar.ColumnarFormat;
import io.mlworkbench.engine.data.columnar.ColumnarReader;
import io.mlworkbench.engine.data.columnar.ColumnarWriter;
import io.mlworkbench.engine.data.columnar.TableAssembler;
import io.mlworkbench.engine.data.ingest.ImportException;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.data.ingest.ImportPipeline;
import io.mlworkbench.engine.data.ingest.ImportResultRows;
import io.mlworkbench.engine.data.ingest.RecordSource;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.store.AtomicFile;
import io.mlworkbench.engine.store.BlobStore;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The data use cases: preview a source, import it as an immutable dataset version, list datasets and versions,
 * load or stream a version's rows, export a version.
 *
 * <p>An import streams the source through type verification into a scratch file (bounded memory), then in one
 * transaction stores the rows as a blob, the version and an audit entry. A failed or cancelled import leaves
 * nothing behind: the scratch file is deleted and the transaction rolled back. Identical content (same content
 * hash) imported again into the same dataset returns the existing version, flagged as already imported.
 */
public final class DatasetService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatasetRepository datasets;
    private final DatasetVersionRepository versions;
    private final BlobStore blobs;
    private final VersionCommitter committer;
    private final Path scratchDirectory;
    private final ImportPreviewer previewer = new ImportPreviewer();

    /**
     * @param database the registry
     * @param datasets dataset SQL
     * @param versions dataset version SQL
     * @param blobs where the rows are stored
     * @param projects finds or creates the project of an import
     * @param audit the audit log
     * @param clock stamps versions
     * @param scratchDirectory where imports write their scratch files (e.g. the workspace's {@code tmp} folder)
     */
    public DatasetService(RegistryDatabase database, DatasetRepository datasets, DatasetVersionRepository versions,
                          BlobStore blobs, ProjectService projects, AuditLogRepository audit, Clock clock,
                          Path scratchDirectory) {
        this.datasets = datasets;
        this.versions = versions;
        this.blobs = blobs;
        this.committer = new VersionCommitter(database, datasets, versions, blobs, projects, audit, clock);
        this.scratchDirectory = scratchDirectory;
    }

    /**
     * Wires the service and its repositories over one registry.
     *
     * @param database the registry
     * @param clock the clock
     * @param scratchDirectory where imports write scratch files
     * @return the service
     */
    public static DatasetService create(RegistryDatabase database, Clock clock, Path scratchDirectory) {
        AuditLogRepository audit = new AuditLogRepository(database.jdbi(), clock);
        return new DatasetService(database, new DatasetRepository(database.jdbi()),
                new DatasetVersionRepository(database.jdbi()), new BlobStore(database.jdbi(), clock),
                new ProjectService(database, new ProjectRepository(database.jdbi()), audit, clock), audit, clock,
                scratchDirectory);
    }

    /**
     * Shows what an import would make of a source: sniffed dialect, first rows, inferred columns with evidence.
     *
     * @param source where to read
     * @param options the user's choices so far ({@link ImportOptions#defaults()} to sniff everything)
     * @param previewRows how many rows to return for display
     * @param cancel checked while reading
     * @return the preview; its {@code options()} are complete and can be edited and passed to an import
     */
    public ImportPreview preview(ImportSource source, ImportOptions options, int previewRows, CancellationToken cancel) {
        return previewer.preview(source, options, previewRows, cancel);
    }

    /**
     * Imports a source as a new version of a dataset (creating project and dataset when missing).
     *
     * @param request what to import where
     * @param progress told how far reading got
     * @param cancel checked per buffer and row group; cancelling leaves nothing behind
     * @return the version made, or the existing one with identical content
     */
    public ImportResult importData(ImportRequest request, ProgressListener progress, CancellationToken cancel) {
        ImportOptions options = resolve(request.source(), request.options(), cancel);
        RecordSource records = previewer.open(request.source(), options);
        Path body = createScratchFile();
        try {
            ImportResultRows rows = new ImportPipeline(records, options).run(body, progress, cancel);
            cancel.throwIfCancelled("the import");
            progress.progress(rows.rowCount(), rows.rowCount(), "Saving " + request.datasetName());
            return committer.commit(request, options, settingsJson(options), rows, body, cancel);
        } finally {
            deleteQuietly(body);
        }
    }

    /**
     * Reads a source into memory through the import engine (sniffing, type inference, type checks against the
     * chosen column types) without storing anything: for scoring a file with a model. The rows pass through a
     * scratch file that is deleted afterwards.
     *
     * @param source where to read
     * @param options the choices ({@link ImportOptions#defaults()} to sniff everything)
     * @param progress told how far reading got
     * @param cancel checked per buffer and row group
     * @return the rows
     * @throws ImportException naming the file, line and column of a value that does not fit its type
     */
    public Table readTable(ImportSource source, ImportOptions options, ProgressListener progress,
                           CancellationToken cancel) {
        ImportOptions resolved = resolve(source, options, cancel);
        Path body = createScratchFile();
        try {
            ImportResultRows rows = new ImportPipeline(previewer.open(source, resolved), resolved)
                    .run(body, progress, cancel);
            byte[] header = ColumnarWriter.header(rows.schema(), rows.rowCount());
            try (ColumnarReader reader = new ColumnarReader(new SequenceInputStream(new ByteArrayInputStream(header),
                    Files.newInputStream(body)))) {
                return TableAssembler.readAll(reader, cancel);
            }
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read back the rows of " + source.describe() + " from scratch file "
                    + body + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(body);
        }
    }

    /**
     * Imports a file; its kind comes from the extension ({@code .xlsx}, {@code .mlwb}, else delimited text).
     *
     * @param actor who imports
     * @param projectName the project
     * @param datasetName the dataset
     * @param file the file
     * @param options the user's choices
     * @param progress told how far reading got
     * @param cancel checked per batch
     * @return the version
     */
    public ImportResult importFile(Actor actor, String projectName, String datasetName, Path file, ImportOptions options,
                                   ProgressListener progress, CancellationToken cancel) {
        return importData(new ImportRequest(actor, projectName, datasetName, ImportSource.ofFile(file), options),
                progress, cancel);
    }

    /**
     * Imports the rows of an SQL query.
     *
     * @param actor who imports
     * @param projectName the project
     * @param datasetName the dataset
     * @param query the URL, credentials and SQL
     * @param options the user's choices
     * @param progress told how many rows were read
     * @param cancel checked per batch
     * @return the version
     */
    public ImportResult importJdbc(Actor actor, String projectName, String datasetName, ImportSource.JdbcQuery query,
                                   ImportOptions options, ProgressListener progress, CancellationToken cancel) {
        return importData(new ImportRequest(actor, projectName, datasetName, query, options), progress, cancel);
    }

    /**
     * @param projectName a project, or null for all
     * @return the datasets, by project and name
     */
    public List<Dataset> listDatasets(String projectName) {
        return datasets.findAll(projectName);
    }

    /**
     * @param datasetId a dataset
     * @return its versions, oldest first
     */
    public List<DatasetVersion> listVersions(long datasetId) {
        return versions.findAll(datasetId);
    }

    /**
     * @param versionId a version id
     * @return the version, if it exists
     */
    public Optional<DatasetVersion> findVersion(long versionId) {
        return versions.findById(versionId);
    }

    /**
     * @param versionId a version id
     * @return the version
     * @throws WorkbenchException when there is none
     */
    public DatasetVersion version(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new WorkbenchException("No dataset version with id "
                + versionId));
    }

    /**
     * Loads all rows of a version into memory.
     *
     * @param versionId the version
     * @return its rows
     */
    public Table loadTable(long versionId) {
        try (ColumnarReader reader = openRows(versionId)) {
            return TableAssembler.readAll(reader, CancellationToken.never());
        }
    }

    /**
     * Opens a version's rows for streaming, one row group (a {@link Table} of up to 65,536 rows) at a time.
     *
     * @param versionId the version
     * @return the reader; close it when done
     */
    public ColumnarReader openRows(long versionId) {
        return new ColumnarReader(blobs.open(version(versionId).dataBlobId()));
    }

    /**
     * Writes a version as an exported dataset: the columnar format with the schema in its header, which
     * {@link #importFile} reads back ({@code .mlwb}). The file appears complete or not at all.
     *
     * @param versionId the version
     * @param target the file to write (replaced if it exists)
     * @return the target
     */
    public Path export(long versionId, Path target) {
        DatasetVersion v = version(versionId);
        try (InputStream in = blobs.open(v.dataBlobId())) {
            return AtomicFile.write(target, in::transferTo);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot export " + v.uri() + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param version a version
     * @return the options it was imported with, to import a newer file the same way
     */
    public ImportOptions importOptions(DatasetVersion version) {
        try {
            return JSON.readValue(version.importSettingsJson(), ImportOptions.class);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("The import settings of " + version.uri() + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    private ImportOptions resolve(ImportSource source, ImportOptions options, CancellationToken cancel) {
        if (isResolved(source, options)) {
            return options;
        }
        ImportPreview resolved = previewer.preview(source, options, 0, cancel);
        if (!options.columns().isEmpty() && !resolved.options().columns().equals(options.columns())) {
            throw new ImportException(source.describe() + ": " + String.join("; ", resolved.problems()));
        }
        return resolved.options();
    }

    /** True when nothing is left to sniff or infer (e.g. options a preview filled in), so sampling can be skipped. */
    private static boolean isResolved(ImportSource source, ImportOptions options) {
        boolean text = source instanceof ImportSource.CsvFile;
        boolean excel = source instanceof ImportSource.ExcelFile;
        return !options.columns().isEmpty() && options.header() != null && options.skipLines() != null
                && (!text || options.dialect() != null) && (!excel || options.sheet() != null);
    }

    private static String settingsJson(ImportOptions options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Import options are always serialisable", e);
        }
    }

    private Path createScratchFile() {
        try {
            Files.createDirectories(scratchDirectory);
            return Files.createTempFile(scratchDirectory, "import-", ".body");
        } catch (IOException e) {
            throw new WorkbenchException("Cannot create a scratch file in " + scratchDirectory + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A scratch file that cannot be deleted now holds no registry state: try again when the JVM exits.
            file.toFile().deleteOnExit();
        }
    }
}
