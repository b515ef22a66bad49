package io.mlworkbench.app.features;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FeaturePipelineJson;
import io.mlworkbench.engine.features.FeaturePipelineRepository;
import io.mlworkbench.engine.features.FeaturePipelineService;
import io.mlworkbench.engine.features.PipelineFitter;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.features.store.FeatureBlobStore;
import io.mlworkbench.engine.features.store.FeatureStoreService;
import io.mlworkbench.engine.features.store.FeatureTableRepository;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory registry with the feature services, and dataset versions holding tables given by the test (the
 * churn sample read from {@code sample-datasets/churn.csv}, or small hand-made tables).
 */
final class FeaturesFixture implements FeatureDataSource, AutoCloseable {

    private final RegistryDatabase db = RegistryDatabase.openInMemory("app-features-" + System.nanoTime());
    private final AuditLogRepository audit = new AuditLogRepository(db.jdbi(), Clock.systemUTC());
    private final Map<Long, DatasetVersionChoice> versions = new LinkedHashMap<>();
    private final Map<Long, String> projectOf = new LinkedHashMap<>();
    private final Map<Long, Table> tables = new LinkedHashMap<>();
    final Actor ana = new Actor("ana");
    final StepCatalog catalog = StepCatalog.standard();
    final ProjectService projects = new ProjectService(db, new ProjectRepository(db.jdbi()), audit, Clock.systemUTC());
    final FeaturePipelineService pipelines = new FeaturePipelineService(db, new FeaturePipelineRepository(db.jdbi()),
            audit, new FeaturePipelineJson(catalog), new PipelineFitter(catalog), Clock.systemUTC());
    final FeatureStoreService store = new FeatureStoreService(db, pipelines,
            new FeatureTableRepository(db.jdbi(), Clock.systemUTC()), new FeatureBlobStore(db.jdbi(), Clock.systemUTC()),
            audit, Clock.systemUTC());

    /** @return the services as the Features step gets them */
    FeatureServices services() {
        return new FeatureServices(projects, this, pipelines, store, catalog, ana);
    }

    Project project(String name) {
        return projects.create(ana, name, "");
    }

    /**
     * Stores a dataset version row as the import engine would, holding the given rows.
     *
     * @return the version
     */
    DatasetVersionChoice datasetVersion(Project project, String dataset, Table table) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id = db.inTransaction(h -> {
            Long datasetId = h.createQuery("SELECT id FROM dataset WHERE project_id = :p AND name = :n")
                    .bind("p", project.id()).bind("n", dataset).mapTo(Long.class).findOne().orElse(null);
            if (datasetId == null) {
                datasetId = h.createUpdate("INSERT INTO dataset (project_id, name, created_by, created_at)"
                                + " VALUES (:p, :n, 'ana', :at)").bind("p", project.id()).bind("n", dataset)
                        .bind("at", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            }
            int next = h.createQuery("SELECT COALESCE(MAX(version_no), 0) + 1 FROM dataset_version"
                    + " WHERE dataset_id = :d").bind("d", datasetId).mapTo(Integer.class).one();
            return h.createUpdate("INSERT INTO dataset_version (dataset_id, version_no, content_hash, row_count,"
                            + " column_count, schema_json, source_kind, source_text, import_settings_json, created_by,"
                            + " created_at) VALUES (:d, :v, :hash, :rows, :cols, '{}', 'test', 'test', '{}', 'ana', :at)")
                    .bind("d", datasetId).bind("v", next).bind("hash", "%064d".formatted(System.nanoTime()))
                    .bind("rows", table.rowCount()).bind("cols", table.schema().size())
                    .bind("at", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
        int versionNo = db.jdbi().withHandle(h -> h.createQuery("SELECT version_no FROM dataset_version WHERE id = :id")
                .bind("id", id).mapTo(Integer.class).one());
        DatasetVersionChoice choice = new DatasetVersionChoice(id, dataset, versionNo, table.rowCount());
        versions.put(id, choice);
        projectOf.put(id, project.name());
        tables.put(id, table);
        return choice;
    }

    @Override
    public List<DatasetVersionChoice> versions(String projectName) {
        List<DatasetVersionChoice> found = new ArrayList<>();
        versions.forEach((id, v) -> {
            if (projectOf.get(id).equals(projectName)) {
                found.add(0, v);
            }
        });
        return found;
    }

    @Override
    public Optional<DatasetVersionChoice> version(long versionId) {
        return Optional.ofNullable(versions.get(versionId));
    }

    @Override
    public Table load(long versionId) {
        return tables.get(versionId);
    }

    /** @return the churn sample (5,000 customers), {@code churn} as target */
    static Table churn() {
        Path file = Path.of("..", "sample-datasets", "churn.csv");
        try {
            return csv(Files.readAllLines(file), "churn");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads simple CSV lines (no quoting): numbers become DECIMAL, yyyy-MM-dd DATETIME, the rest CATEGORICAL.
     */
    static Table csv(List<String> lines, String target) {
        String[] header = lines.get(0).split(",", -1);
        List<String[]> rows = lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        List<ColumnBuilder> builders = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            ColumnType type = infer(rows, c);
            ColumnBuilder builder = new ColumnBuilder(new ColumnSchema(header[c], type,
                    header[c].equals(target) ? ColumnRole.TARGET : ColumnRole.FEATURE, Optional.empty()), rows.size());
            for (String[] row : rows) {
                String v = row[c].strip();
                if (v.isEmpty()) {
                    builder.addMissing();
                } else if (type == ColumnType.CATEGORICAL) {
                    builder.addString(v);
                } else if (type == ColumnType.DATETIME) {
                    builder.addNumber(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
                } else {
                    builder.addNumber(Double.parseDouble(v));
                }
            }
            builders.add(builder);
        }
        return Table.of(builders);
    }

    private static ColumnType infer(List<String[]> rows, int c) {
        boolean numeric = true;
        boolean date = true;
        for (String[] row : rows) {
            String v = row[c].strip();
            if (v.isEmpty()) {
                continue;
            }
            date &= v.matches("\\d{4}-\\d{2}-\\d{2}");
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                numeric = false;
            }
        }
        return numeric ? ColumnType.DECIMAL : date ? ColumnType.DATETIME : ColumnType.CATEGORICAL;
    }

    @Override
    public void close() {
        db.close();
    }
}
