package io.mlworkbench.engine.registry.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.registry.ModelLineage;
import io.mlworkbench.engine.registry.ModelQuery;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.ModelVersion;
import io.mlworkbench.engine.registry.StoredListing;
import io.mlworkbench.engine.registry.VersionListing;
import io.mlworkbench.engine.training.run.RunArtifact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleRoundTripTest {

    private final BundleFixture source = new BundleFixture("bundle-source");
    private final BundleFixture target = new BundleFixture("bundle-target");

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    /** Exports a source version unsigned to {@code churn.mlwb} and imports that into the target workspace. */
    private ImportedVersion share(ModelVersion original) {
        Path file = dir.resolve("churn.mlwb");
        source.exporter.export(BundleFixture.ANA, original.uri(), file, Optional.empty());
        return target.importer.importBundle(BundleFixture.ANA, file, Optional.empty());
    }

    @Test
    void importedVersionPredictsExactlyLikeTheOriginal() {
        ModelVersion original = source.trainAndRegister("churn", "logistic_regression");

        ImportedVersion imported = share(original);

        int[] rows = IntStream.range(0, 300).toArray();
        assertThat(target.training.loadModel(imported.runId()).predict(BundleFixture.table(), rows))
                .isEqualTo(source.training.loadModel(original.runId().getAsLong()).predict(BundleFixture.table(),
                        rows));
    }

    @Test
    void lineageAndMetricsSurviveTheRoundTrip() {
        ModelVersion original = source.trainAndRegister("churn", "decision_tree");
        ModelLineage before = source.registry.catalog().lineage(BundleFixture.ANA, original.uri());
        Path file = dir.resolve("churn.mlwb");
        source.exporter.export(BundleFixture.ANA, original.uri(), file, Optional.empty());

        ImportedVersion imported = target.importer.importBundle(BundleFixture.ANA, file, Optional.of("churn-shared"));
        ModelLineage after = target.registry.catalog().lineage(BundleFixture.ANA, imported.version().uri());

        assertThat(imported.version().uri()).isEqualTo(ModelUri.ofVersion("churn-shared", 1));
        assertThat(after.metrics()).containsExactlyInAnyOrderElementsOf(before.metrics());
        assertThat(after.algorithm()).isEqualTo(before.algorithm());
        assertThat(after.hyperparameters()).isEqualTo(before.hyperparameters());
        assertThat(after.seed()).isEqualTo(before.seed());
        assertThat(after.trainedBy()).isEqualTo(before.trainedBy());
        assertThat(after.projectName()).isEqualTo("churn");
        assertThat(after.modelSha256()).isEqualTo(before.modelSha256());
        assertThat(imported.version().tags()).containsEntry("bundle.source", "models:/churn/1");
        assertThat(imported.preview().lineage().sourceUri()).isEqualTo("models:/churn/1");
        assertThat(target.training.artifacts(imported.runId())).extracting(RunArtifact::name)
                .contains("evaluation.json", "reference-profile.json", "model-card.html",
                        BundleImporter.SOURCE_LINEAGE);
        assertThat(target.importer.sourceLineage(imported.runId())).hasValueSatisfying(l -> {
            assertThat(l.sourceUri()).isEqualTo("models:/churn/1");
            assertThat(l.datasetHash()).isEqualTo(before.dataset().map(d -> d.contentHash()).orElse(null));
        });
        assertThat(source.importer.sourceLineage(before.runId())).isEmpty();
        assertThat(target.importer.origin(BundleFixture.ANA, imported.version())).hasValueSatisfying(o -> {
            assertThat(o.fileName()).isEqualTo("churn.mlwb");
            assertThat(o.exportedBy()).isEqualTo("ana");
            assertThat(Instant.parse(o.exportedAt())).isBeforeOrEqualTo(Instant.now());
            assertThat(o.signer()).isEmpty();
            assertThat(o.lineage().runId()).isEqualTo(before.runId());
        });
        assertThat(source.importer.origin(BundleFixture.ANA, original)).isEmpty();
    }

    @Test
    void importedSignerComesFromTheAuditLogNotFromTheEditableTag() {
        ImportedVersion imported = share(source.trainAndRegister("churn", "logistic_regression"));
        ModelVersion tagged = target.registry.registry().setTag(BundleFixture.ANA, imported.version().uri(),
                "bundle.signer", "forged");

        assertThat(target.importer.origin(BundleFixture.ANA, tagged))
                .hasValueSatisfying(o -> assertThat(o.signer()).isEmpty());
    }

    @Test
    void importedVersionRowCarriesTheSourceAlgorithmAndTestMetricForTheList() {
        ModelVersion original = source.trainAndRegister("churn", "logistic_regression");
        VersionListing listed = StoredListing.of(source.database, original.id());

        ImportedVersion imported = share(original);

        assertThat(listed.algorithm()).isEqualTo("logistic_regression");
        assertThat(listed.testMetric()).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("roc_auc"));
        assertThat(StoredListing.of(target.database, imported.version().id())).isEqualTo(listed);
        assertThat(target.registry.catalog().search(BundleFixture.ANA, ModelQuery.all().withAlgorithm(
                "logistic_regression")).versions()).singleElement().satisfies(v -> {
                    assertThat(v.uri()).isEqualTo(imported.version().uri());
                    assertThat(v.testMetric()).isEqualTo(listed.testMetric());
                });
    }

    @Test
    void bundleHoldsManifestSchemasModelCardAndChecksums() {
        ModelVersion original = source.trainAndRegister("churn", "logistic_regression");
        Path file = dir.resolve("churn.mlwb");
        ExportedBundle exported = source.exporter.export(BundleFixture.ANA, original.uri(), file, Optional.empty());

        BundleContents contents = BundleArchive.read(file, BundleLimits.defaults());
        assertThat(contents.entries()).containsKeys("manifest.json", "model.tribuo.pb", "feature-encoding.json",
                "evaluation.json", "reference-profile.json", "lineage.json", "metrics.json", "model-card.html",
                "checksums.sha256");
        BundleManifest manifest = exported.manifest();
        assertThat(manifest.libraries()).containsKeys("tribuo", "workbench");
        assertThat(manifest.inputs()).extracting(InputField::name).containsExactly("tenure", "charges", "plan");
        assertThat(manifest.inputs().get(2).categories()).containsExactlyInAnyOrder("basic", "plus", "pro");
        assertThat(manifest.output().labels()).containsExactly("no", "yes");
        String card = new String(contents.require("model-card.html"), StandardCharsets.UTF_8);
        assertThat(card).contains("Intended use", "Limitations", "logistic_regression", "churned");
    }

    @Test
    void importedVersionKeepsItsOnnxModelAndExportsTheSameBytesAgain() {
        ModelVersion version = source.trainAndRegister("churn", "linear_svm");
        Path first = dir.resolve("first.mlwb");
        source.exporter.export(BundleFixture.ANA, version.uri(), first, BundleExportOptions.defaults());
        byte[] original = BundleArchive.read(first, BundleLimits.defaults()).require(BundleFormat.MODEL_ONNX);

        ImportedVersion imported = target.importer.importBundle(BundleFixture.ANA, first, Optional.empty());
        Path second = dir.resolve("second.mlwb");
        ExportedBundle again = target.exporter.export(BundleFixture.ANA, imported.version().uri(), second,
                BundleExportOptions.defaults());

        assertThat(target.training.artifacts(imported.runId())).extracting(RunArtifact::name)
                .contains(BundleFormat.MODEL_ONNX);
        assertThat(imported.preview().checks()).anyMatch(c -> c.startsWith("ONNX model parses"));
        assertThat(BundleArchive.read(second, BundleLimits.defaults()).require(BundleFormat.MODEL_ONNX))
                .isEqualTo(original);
        assertThat(again.manifest().onnx().features()).isEqualTo(imported.preview().manifest().onnx().features());
    }

    @Test
    void signedBundleImportsIntoAWorkspaceThatTrustsTheKey() {
        KeyPair key = BundleKeys.generate(dir.resolve("keys"));
        ModelVersion original = source.trainAndRegister("churn", "logistic_regression");
        Path file = dir.resolve("churn.mlwb");
        source.exporter.export(BundleFixture.ANA, original.uri(), file,
                Optional.of(BundleKeys.readSigningKey(dir.resolve("keys").resolve(BundleKeys.PRIVATE_FILE))));
        target.importer.trustSettings().trustKey(BundleFixture.ANA,
                BundleKeys.readPublic(dir.resolve("keys").resolve(BundleKeys.PUBLIC_FILE)));
        target.importer.trustSettings().requireSigned(BundleFixture.ANA, true);

        ImportedVersion imported = target.importer.importBundle(BundleFixture.ANA, file, Optional.empty());

        assertThat(imported.preview().signer()).contains(BundleKeys.fingerprint(key.getPublic()));
        assertThat(imported.preview().signerTrusted()).isTrue();
        assertThat(target.importer.origin(BundleFixture.ANA, imported.version()))
                .hasValueSatisfying(o -> assertThat(o.signer()).contains(BundleKeys.fingerprint(key.getPublic())));
    }

    @Test
    void importAndExportAreAudited() {
        share(source.trainAndRegister("churn", "logistic_regression"));

        assertThat(new AuditLogRepository(source.database.jdbi(), Clock.systemUTC()).find(AuditFilter.newest()))
                .extracting(AuditEntry::action).contains("model.version.export");
        assertThat(new AuditLogRepository(target.database.jdbi(), Clock.systemUTC()).find(AuditFilter.newest()))
                .extracting(AuditEntry::action).contains("run.import", "model.version.register",
                        "model.version.import");
    }
}
