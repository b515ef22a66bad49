package io.mlworkbench.engine.data.dataset;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** An in-memory registry with a dataset service, for tests. */
final class TestRegistry implements AutoCloseable {

    static final Actor ALICE = new Actor("alice");
    static final List<String> ADULT_NAMES = List.of("age", "workclass", "fnlwgt", "education", "education-num",
            "marital-status", "occupation", "relationship", "race", "sex", "capital-gain", "capital-loss",
            "hours-per-week", "native-country", "income");

    final RegistryDatabase db = RegistryDatabase.openInMemory("t" + UUID.randomUUID().toString().replace("-", ""));
    final Path scratch;
    final DatasetService service;

    TestRegistry(Path tempDir) {
        scratch = tempDir.resolve("scratch");
        service = DatasetService.create(db, Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC), scratch);
    }

    static Path resource(String name) {
        try {
            return Path.of(TestRegistry.class.getResource("/datasets/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    ImportPreview preview(Path file, ImportOptions options) {
        return service.preview(ImportSource.ofFile(file), options, 20, CancellationToken.never());
    }

    ImportResult importFile(String dataset, Path file, ImportOptions options) {
        return service.importFile(ALICE, "demo", dataset, file, options, ProgressListener.ignoring(), CancellationToken.never());
    }

    ImportResult importFile(String dataset, Path file, UnaryOperator<ImportOptions> edit) {
        ImportOptions options = edit.apply(preview(file, ImportOptions.defaults()).options());
        return importFile(dataset, file, options);
    }

    /** @return rows in the tables an import writes, to check that a failed import left nothing */
    Map<String, Long> counts() {
        return db.jdbi().withHandle(h -> Map.of(
                "dataset", count(h, "dataset"), "dataset_version", count(h, "dataset_version"),
                "blob", count(h, "blob"), "blob_chunk", count(h, "blob_chunk"), "audit_log", count(h, "audit_log")));
    }

    private static long count(org.jdbi.v3.core.Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    /** @return files left in the scratch folder */
    long scratchFiles() throws IOException {
        if (!Files.exists(scratch)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(scratch)) {
            return files.count();
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
