package io.mlworkbench.engine.registry.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlworkbench.engine.BuildInfo;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.registry.ModelCatalogService;
import io.mlworkbench.engine.registry.ModelLineage;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxExport;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxExporter;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxSection;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.training.ModelStore;
import io.mlworkbench.engine.training.RunJson;
import io.mlworkbench.engine.training.TrainedModel;
import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import io.mlworkbench.engine.training.encoding.FeatureEncoding;
import io.mlworkbench.engine.training.run.RunArtifact;
import io.mlworkbench.engine.training.run.TrainingRun;
import io.mlworkbench.engine.training.run.TrainingRunRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tribuo.Model;
import org.tribuo.Tribuo;

/**
 * Exports a registered model version as one {@code .mlwb} bundle (see {@link BundleFormat} for the entries),
 * optionally signed with an Ed25519 team key. Needs view rights on the registry; the export is audited.
 */
public final class BundleExporter {

    private static final List<String> RUN_ARTIFACTS = List.of(BundleFormat.MODEL, BundleFormat.ENCODING,
            BundleFormat.EVALUATION, BundleFormat.PROFILE, BundleFormat.PROVENANCE, BundleFormat.PIPELINE,
            BundleFormat.VALIDATION);

    private final RegistryDatabase database;
    private final ModelCatalogService catalog;
    private final TrainingRunRepository runs;
    private final ModelStore store;
    private final BundleSourceRepository sources;
    private final AuditLogRepository audit;
    private final Clock clock;

    /**
     * @param database the registry
     * @param catalog reads versions and lineage, checking view rights
     * @param clock stamps the manifest
     */
    public BundleExporter(RegistryDatabase database, ModelCatalogService catalog, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.runs = new TrainingRunRepository(database.jdbi());
        this.store = new ModelStore(database.jdbi(), clock);
        this.sources = new BundleSourceRepository(database.jdbi());
        this.audit = new AuditLogRepository(database.jdbi(), clock);
        this.clock = clock;
    }

    /**
     * Writes a version's bundle; the file appears only when complete.
     *
     * @param actor who exports (viewer or higher)
     * @param uri the version, e.g. {@code models:/churn@champion}
     * @param target the {@code .mlwb} file to write (replaced if it exists)
     * @param signingKey the team key to sign with, if any ({@link BundleKeys#readSigningKey})
     * @return what was written
     */
    public ExportedBundle export(Actor actor, ModelUri uri, Path target, Optional<KeyPair> signingKey) {
        return export(actor, uri, target, BundleExportOptions.defaults().withSigningKey(signingKey));
    }

    /**
     * Writes a version's bundle; the file appears only when complete. With {@link BundleExportOptions#includeOnnx}
     * a linear model also gets {@code model.onnx}; otherwise, and for other models, the manifest says why not.
     *
     * @param actor who exports (viewer or higher)
     * @param uri the version, e.g. {@code models:/churn@champion}
     * @param target the {@code .mlwb} file to write (replaced if it exists)
     * @param options signing key and whether to include ONNX
     * @return what was written
     */
    public ExportedBundle export(Actor actor, ModelUri uri, Path target, BundleExportOptions options) {
        Optional<KeyPair> signingKey = options.signingKey();
        ModelLineage lineage = catalog.lineage(actor, uri);
        TrainingRun run = runs.find(lineage.runId()).orElseThrow(() -> new WorkbenchException("Version "
                + lineage.version().uri() + " refers to run " + lineage.runId() + ", which no longer exists"));
        Map<String, byte[]> payload = new LinkedHashMap<>();
        Map<String, RunArtifact> artifacts = new LinkedHashMap<>();
        runs.artifacts(run.id()).forEach(a -> artifacts.put(a.name(), a));
        for (String name : RUN_ARTIFACTS) {
            RunArtifact artifact = artifacts.get(name);
            if (artifact != null) {
                payload.put(name, store.get(artifact.blobId()));
            }
        }
        if (!payload.containsKey(BundleFormat.MODEL)) {
            payload.put(BundleFormat.MODEL, store.get(run.modelBlobId().orElseThrow(() -> new WorkbenchException(
                    "Run " + run.id() + " stored no model: version " + lineage.version().uri() + " cannot be exported"))));
        }
        if (!payload.containsKey(BundleFormat.ENCODING)) {
            throw new WorkbenchException("Run " + run.id() + " stored no " + BundleFormat.ENCODING + ": it was recorded"
                    + " by an older build and cannot be exported");
        }
        lineage.pipeline().flatMap(p -> sources.pipeline(p.id())).ifPresent(b -> payload.put(BundleFormat.PIPELINE, b));
        lineage.dataset().flatMap(d -> sources.validationSuite(d.id()))
                .ifPresent(b -> payload.put(BundleFormat.VALIDATION, b));
        payload.put(BundleFormat.RUN, runJson(run));
        BundleLineage portable = BundleLineage.of(lineage);
        payload.put(BundleFormat.LINEAGE, BundleJson.write(portable));
        payload.put(BundleFormat.METRICS, BundleJson.write(lineage.metrics()));

        FeatureEncoding encoding = RunJson.readEncoding(payload.get(BundleFormat.ENCODING));
        OnnxSection onnx = addOnnx(payload, options.includeOnnx(), lineage, encoding,
                Optional.ofNullable(artifacts.get(BundleFormat.MODEL_ONNX)).map(a -> store.get(a.blobId())));
        List<InputField> inputs = inputs(lineage.version().uri().toString(), payload, encoding);
        BundleManifest draft = manifest(actor, lineage, encoding, inputs, List.of(), onnx);
        payload.put(BundleFormat.MODEL_CARD, ModelCardWriter.write(draft, portable, lineage.metrics(),
                payload.containsKey(BundleFormat.VALIDATION)));
        List<BundleEntry> entries = new ArrayList<>();
        payload.forEach((name, bytes) -> entries.add(new BundleEntry(name, BundleVerifier.sha256(bytes),
                bytes.length)));
        BundleManifest manifest = manifest(actor, lineage, encoding, inputs, entries, onnx);

        Map<String, byte[]> all = new LinkedHashMap<>();
        byte[] manifestBytes = manifest.toJson();
        all.put(BundleFormat.MANIFEST, manifestBytes);
        all.putAll(payload);
        signingKey.ifPresent(key -> {
            all.put(BundleFormat.SIGNER_KEY, BundleKeys.toPem(key.getPublic()).getBytes(StandardCharsets.US_ASCII));
            all.put(BundleFormat.SIGNATURE, BundleKeys.sign(key.getPrivate(), manifestBytes));
        });
        all.put(BundleFormat.CHECKSUMS, checksums(all));
        BundleArchive.write(target, all);
        Optional<String> signer = signingKey.map(k -> BundleKeys.fingerprint(k.getPublic()));
        database.useTransaction(h -> audit.append(actor, "model.version.export", "model_version",
                lineage.version().uri().toString(), BundleJson.mapper().createObjectNode()
                        .put("file", target.getFileName().toString()).put("signer", signer.orElse(""))
                        .put("onnx", onnx.included())
                        .toString()));
        return new ExportedBundle(target, manifest, signer, size(target));
    }

    private OnnxSection addOnnx(Map<String, byte[]> payload, boolean include, ModelLineage lineage,
                                FeatureEncoding encoding, Optional<byte[]> stored) {
        if (!include) {
            return OnnxSection.omitted("ONNX export was not requested for this bundle");
        }
        Model<?> model = TrainedModel.readProtobuf(payload.get(BundleFormat.MODEL));
        OnnxExport onnx = OnnxExporter.export(model, encoding,
                AlgorithmCatalog.standard().displayName(lineage.algorithm()), lineage.version().version(), stored);
        onnx.model().ifPresent(bytes -> payload.put(BundleFormat.MODEL_ONNX, bytes));
        return onnx.section();
    }

    /**
     * The columns a caller supplies: the raw columns the fitted feature pipeline reads when the model was trained
     * behind one (the model's own encoded columns are the pipeline's output), else the model's input columns.
     */
    private static List<InputField> inputs(String bundle, Map<String, byte[]> payload, FeatureEncoding encoding) {
        byte[] pipeline = payload.get(BundleFormat.PIPELINE);
        if (pipeline == null) {
            return encoding.columns().stream().map(InputField::of).toList();
        }
        JsonNode columns = BundleJson.tree(bundle, BundleFormat.PIPELINE, pipeline)
                .path("fittedState").path("inputColumns");
        List<InputField> inputs = new ArrayList<>();
        for (JsonNode column : columns) {
            inputs.add(InputField.raw(column.path("name").asText(),
                    ColumnType.valueOf(column.path("type").asText())));
        }
        return inputs;
    }

    private BundleManifest manifest(Actor actor, ModelLineage lineage, FeatureEncoding encoding,
                                    List<InputField> inputs, List<BundleEntry> entries, OnnxSection onnx) {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("workbench", BuildInfo.version());
        libraries.put("tribuo", Tribuo.VERSION);
        libraries.put("java", Runtime.version().toString());
        OutputField output = new OutputField(encoding.target(), encoding.task().name().toLowerCase(Locale.ROOT),
                encoding.classLabels());
        return new BundleManifest(BundleManifest.FORMAT_VERSION, lineage.version().modelName(),
                lineage.version().version(), clock.instant().toString(), actor.login(), libraries, inputs, output,
                entries, onnx);
    }

    private static byte[] runJson(TrainingRun run) {
        ObjectNode node = BundleJson.mapper().createObjectNode().put("algorithm", run.algorithm())
                .put("seed", run.seed());
        node.set("params", BundleJson.tree("run " + run.id(), "params_json",
                run.paramsJson().getBytes(StandardCharsets.UTF_8)));
        return BundleJson.write(node);
    }

    private static byte[] checksums(Map<String, byte[]> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach((name, bytes) -> text.append(BundleVerifier.sha256(bytes)).append("  ").append(name)
                .append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
