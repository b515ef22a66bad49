package io.mlworkbench.engine.registry.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.access.AccessControl;
import io.mlworkbench.engine.access.Permission;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.registry.ModelRegistryService;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.ModelVersion;
import io.mlworkbench.engine.registry.RunMetric;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.training.ModelStore;
import io.mlworkbench.engine.training.run.Experiment;
import io.mlworkbench.engine.training.run.ExperimentRepository;
import io.mlworkbench.engine.training.run.RunArtifact;
import io.mlworkbench.engine.training.run.TrainingRunRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports an untrusted {@code .mlwb} bundle into this workspace: reads it within limits, verifies it
 * ({@link BundleVerifier}), then in one transaction records an imported run (the bundle's model, encoding,
 * evaluation, reference profile, ONNX model if any, metrics and lineage, its original trainer and times) and
 * registers it as the next version of the named model, audited. Nothing from the bundle is ever Java-deserialised.
 */
public final class BundleImporter {

    /** The run artifact holding the exporting workspace's lineage. */
    public static final String SOURCE_LINEAGE = "bundle-lineage.json";
    /** The run artifact holding the imported bundle's manifest. */
    public static final String SOURCE_MANIFEST = "bundle-manifest.json";
    private static final String JSON = "application/json";
    private static final String ONNX = "application/onnx";
    private static final String IMPORT_ACTION = "model.version.import";
    private static final Map<String, String> KEPT = Map.of(BundleFormat.ENCODING, JSON, BundleFormat.EVALUATION, JSON,
            BundleFormat.PROFILE, JSON, BundleFormat.PROVENANCE, JSON, BundleFormat.PIPELINE, JSON,
            BundleFormat.VALIDATION, JSON, BundleFormat.MODEL_CARD, "text/html", BundleFormat.MODEL_ONNX, ONNX);

    private final RegistryDatabase database;
    private final ModelRegistryService registry;
    private final AccessControl access;
    private final BundleTrustSettings trust;
    private final BundleLimits limits;
    private final AuditLogRepository audit;
    private final ProjectService projects;
    private final ExperimentRepository experiments;
    private final TrainingRunRepository runs;
    private final ImportedRunRepository imported;
    private final ModelStore store;
    private final Clock clock;

    /**
     * @param database the registry
     * @param registry registers the imported version
     * @param access the permission check
     * @param limits the zip-bomb limits
     * @param clock the clock
     */
    public BundleImporter(RegistryDatabase database, ModelRegistryService registry, AccessControl access,
                          BundleLimits limits, Clock clock) {
        this.database = database;
        this.registry = registry;
        this.access = access;
        this.limits = limits;
        this.clock = clock;
        this.audit = new AuditLogRepository(database.jdbi(), clock);
        this.trust = new BundleTrustSettings(database, access, audit);
        this.projects = new ProjectService(database, new ProjectRepository(database.jdbi()), audit, clock);
        this.experiments = new ExperimentRepository(database.jdbi());
        this.runs = new TrainingRunRepository(database.jdbi());
        this.imported = new ImportedRunRepository(database.jdbi());
        this.store = new ModelStore(database.jdbi(), clock);
    }

    /** @return the workspace's trust settings (signing requirement, trusted keys) */
    public BundleTrustSettings trustSettings() {
        return trust;
    }

    /**
     * Reads and verifies a bundle without changing anything.
     *
     * @param file the {@code .mlwb} file
     * @return what it holds and the checks it passed
     * @throws InvalidBundleException naming what is wrong
     */
    public BundlePreview preview(Path file) {
        return preview(verify(file));
    }

    /**
     * The lineage recorded by the workspace a bundle came from, for a run that was imported from a bundle: its
     * dataset (name, version, hash, rows), pipeline and trainer, even when this workspace holds none of them.
     *
     * @param runId a training run
     * @return the exporting workspace's lineage, empty for runs trained here
     */
    public Optional<BundleLineage> sourceLineage(long runId) {
        return artifact(runId, SOURCE_LINEAGE).map(json -> BundleJson.read("run " + runId, SOURCE_LINEAGE, json,
                BundleLineage.class));
    }

    /**
     * Where an imported version came from: the bundle's file name and signer (from the append-only audit log, not
     * from tags, which editors can change), who exported it and when (its manifest) and the source lineage.
     *
     * @param actor who asks (viewer or higher)
     * @param version a registered version
     * @return its origin, empty for a version trained in this workspace
     * @throws WorkbenchException when the version's run holds a source lineage but the audit
     *         log has no import of it (the importer writes both in one transaction)
     */
    public Optional<BundleOrigin> origin(Actor actor, ModelVersion version) {
        return database.inTransaction(h -> {
            access.require(actor, Permission.VIEW);
            if (version.runId().isEmpty()) {
                return Optional.empty();
            }
            long runId = version.runId().getAsLong();
            Optional<BundleLineage> lineage = sourceLineage(runId);
            if (lineage.isEmpty()) {
                return Optional.empty();
            }
            String uri = version.uri().toString();
            JsonNode imported = audit.find(AuditFilter.newest().byObject("model_version", uri)
                            .byActionPrefix(IMPORT_ACTION).limitedTo(1)).stream().findFirst()
                    .map(e -> BundleJson.tree(uri, "audit " + e.id(), e.detailsJson().getBytes(StandardCharsets.UTF_8)))
                    .orElseThrow(() -> new WorkbenchException("Version " + uri + " holds the"
                            + " lineage of an imported bundle (run " + runId + "), but the audit log records no "
                            + IMPORT_ACTION + " of it: the registry is inconsistent"));
            BundleManifest manifest = BundleManifest.read("run " + runId, artifact(runId, SOURCE_MANIFEST)
                    .orElseThrow(() -> new WorkbenchException("Imported run " + runId
                            + " has no " + SOURCE_MANIFEST + " artifact: the registry is inconsistent")));
            String signer = imported.path("signer").asText("");
            return Optional.of(new BundleOrigin(imported.path("bundle").asText(""), manifest.createdBy(),
                    manifest.createdAt(), signer.isEmpty() ? Optional.empty() : Optional.of(signer), lineage.get()));
        });
    }

    private Optional<byte[]> artifact(long runId, String name) {
        return runs.artifacts(runId).stream().filter(a -> a.name().equals(name)).findFirst()
                .map(a -> store.get(a.blobId()));
    }

    /**
     * Imports a bundle as the next version of a model.
     *
     * @param actor who imports (editor or higher)
     * @param file the {@code .mlwb} file
     * @param modelName the model to register it under; empty for the bundle's own model name
     * @return the new version
     */
    public ImportedVersion importBundle(Actor actor, Path file, Optional<String> modelName) {
        VerifiedBundle bundle = verify(file);
        BundlePreview preview = preview(bundle);
        String name = modelName.filter(n -> !n.isBlank()).orElse(bundle.manifest().modelName());
        ModelUri.checkModelName(name);
        BundleLineage lineage = bundle.lineage();
        checkTimes(bundle);
        return database.inTransaction(h -> {
            access.require(actor, Permission.REGISTER);
            Project project = projects.findOrCreate(actor, lineage.project() == null ? "imported" : lineage.project());
            String experimentName = lineage.experiment() == null ? "imported" : lineage.experiment();
            Experiment experiment = experiments.findByName(project.id(), experimentName).orElseGet(() ->
                    experiments.insert(project.id(), experimentName, actor.login(), clock.instant()));
            BundleContents contents = bundle.contents();
            long modelBlob = store.put(contents.require(BundleFormat.MODEL), "application/x-protobuf");
            long runId = imported.insertFinished(experiment.id(), imported.datasetVersionByHash(lineage.datasetHash()),
                    lineage, params(bundle), contents.find(BundleFormat.PROVENANCE)
                            .map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null), modelBlob);
            runs.addArtifact(runId, new RunArtifact(BundleFormat.MODEL, "application/x-protobuf", modelBlob));
            KEPT.forEach((entry, type) -> contents.find(entry).ifPresent(bytes ->
                    runs.addArtifact(runId, new RunArtifact(entry, type, store.put(bytes, type)))));
            runs.addArtifact(runId, new RunArtifact(SOURCE_LINEAGE, JSON,
                    store.put(contents.require(BundleFormat.LINEAGE), JSON)));
            runs.addArtifact(runId, new RunArtifact(SOURCE_MANIFEST, JSON,
                    store.put(contents.require(BundleFormat.MANIFEST), JSON)));
            runs.addMetrics(runId, preview.metrics().stream().map(m -> new io.mlworkbench.engine.training.run
                    .RunMetric(m.split(), m.name(), m.step(), m.value())).toList());
            String source = lineage.sourceUri() == null ? "" : lineage.sourceUri();
            audit.append(actor, "run.import", "training_run", String.valueOf(runId), BundleJson.mapper()
                    .createObjectNode().put("bundle", contents.name()).put("source", source).toString());
            Map<String, String> tags = new LinkedHashMap<>();
            tags.put("bundle.source", source.isEmpty() ? "unknown" : source);
            tags.put("bundle.manifest_sha256", BundleVerifier.sha256(contents.require(BundleFormat.MANIFEST)));
            bundle.signer().ifPresent(s -> tags.put("bundle.signer", s));
            ModelVersion version = registry.register(actor, name, runId, lineage.description() == null ? ""
                    : lineage.description(), tags);
            audit.append(actor, IMPORT_ACTION, "model_version", version.uri().toString(), BundleJson.mapper()
                    .createObjectNode().put("bundle", contents.name()).put("source", source)
                    .put("signer", bundle.signer().orElse("")).toString());
            return new ImportedVersion(version, runId, preview);
        });
    }

    private VerifiedBundle verify(Path file) {
        return BundleVerifier.verify(BundleArchive.read(file, limits), trust.trust());
    }

    private static BundlePreview preview(VerifiedBundle bundle) {
        BundleContents contents = bundle.contents();
        RunMetric[] metrics = BundleJson.mapper().convertValue(jsonArray(contents, BundleFormat.METRICS),
                RunMetric[].class);
        return new BundlePreview(bundle.manifest(), bundle.lineage(), Arrays.asList(metrics), bundle.checks(),
                bundle.signer(), bundle.signerTrusted());
    }

    private static JsonNode jsonArray(BundleContents contents, String entry) {
        try {
            JsonNode node = BundleJson.mapper().readTree(contents.require(entry));
            if (node == null || !node.isArray()) {
                throw new InvalidBundleException(contents.name() + ": entry '" + entry + "' is not a JSON array");
            }
            return node;
        } catch (java.io.IOException e) {
            throw new InvalidBundleException(contents.name() + ": entry '" + entry + "' is not valid JSON: "
                    + e.getMessage(), e);
        }
    }

    private static String params(VerifiedBundle bundle) {
        JsonNode params = BundleJson.tree(bundle.contents().name(), BundleFormat.RUN,
                bundle.contents().require(BundleFormat.RUN)).get("params");
        if (params == null || !params.isObject()) {
            throw new InvalidBundleException(bundle.contents().name() + ": entry '" + BundleFormat.RUN
                    + "' has no 'params' object");
        }
        return params.toString();
    }

    private static void checkTimes(VerifiedBundle bundle) {
        BundleLineage lineage = bundle.lineage();
        for (String time : List.of(String.valueOf(lineage.startedAt()), lineage.finishedAt() == null
                ? String.valueOf(lineage.startedAt()) : lineage.finishedAt())) {
            try {
                Instant.parse(time);
            } catch (DateTimeParseException e) {
                throw new InvalidBundleException(bundle.contents().name() + ": entry '" + BundleFormat.LINEAGE
                        + "' has time '" + time + "': expected ISO-8601 like 2024-05-01T10:00:00Z", e);
            }
        }
        if (lineage.algorithm() == null || lineage.trainedBy() == null) {
            throw new InvalidBundleException(bundle.contents().name() + ": entry '" + BundleFormat.LINEAGE
                    + "' misses algorithm or trainedBy");
        }
    }
}
