package io.mlworkbench.engine.registry.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.registry.ModelVersion;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported version's origin: the bundle file, who exported it and when, its signer and source lineage. */
class BundleOriginTest {

    private final BundleFixture source = new BundleFixture("origin-source");
    private final BundleFixture target = new BundleFixture("origin-target");

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    @Test
    void unsignedImportRecordsFileExporterAndSourceLineage() {
        ModelVersion original = source.trainAndRegister("churn", "decision_tree");
        Path file = dir.resolve("churn-v1.mlwb");
        source.exporter.export(BundleFixture.ANA, original.uri(), file, Optional.empty());
        ImportedVersion imported = target.importer.importBundle(BundleFixture.ANA, file, Optional.of("shared"));

        Optional<BundleOrigin> origin = target.importer.origin(BundleFixture.ANA, imported.version());

        assertThat(origin).hasValueSatisfying(o -> {
            assertThat(o.fileName()).isEqualTo("churn-v1.mlwb");
            assertThat(o.exportedBy()).isEqualTo("ana");
            assertThat(Instant.parse(o.exportedAt())).isBeforeOrEqualTo(Instant.now());
            assertThat(o.signer()).isEmpty();
            assertThat(o.lineage().sourceUri()).isEqualTo("models:/churn/1");
            assertThat(o.lineage().runId()).isEqualTo(original.runId().getAsLong());
            assertThat(o.lineage().algorithm()).isEqualTo("decision_tree");
        });
    }

    @Test
    void signedImportRecordsTheKeyFingerprint() {
        KeyPair key = BundleKeys.generate(dir.resolve("keys"));
        ModelVersion original = source.trainAndRegister("churn", "logistic_regression");
        Path file = dir.resolve("churn.mlwb");
        source.exporter.export(BundleFixture.ANA, original.uri(), file,
                Optional.of(BundleKeys.readSigningKey(dir.resolve("keys").resolve(BundleKeys.PRIVATE_FILE))));
        ImportedVersion imported = target.importer.importBundle(BundleFixture.ANA, file, Optional.empty());

        assertThat(target.importer.origin(BundleFixture.ANA, imported.version()))
                .hasValueSatisfying(o -> assertThat(o.signer()).contains(BundleKeys.fingerprint(key.getPublic())));
    }

    @Test
    void signerComesFromTheAuditLogNotFromTheEditableTag() {
        ModelVersion original = source.trainAndRegister("churn", "logistic_regression");
        Path file = dir.resolve("churn.mlwb");
        source.exporter.export(BundleFixture.ANA, original.uri(), file, Optional.empty());
        ImportedVersion imported = target.importer.importBundle(BundleFixture.ANA, file, Optional.empty());
        ModelVersion tagged = target.registry.registry().setTag(BundleFixture.ANA, imported.version().uri(),
                "bundle.signer", "forged");

        assertThat(target.importer.origin(BundleFixture.ANA, tagged))
                .hasValueSatisfying(o -> assertThat(o.signer()).isEmpty());
    }

    @Test
    void versionTrainedHereHasNoOrigin() {
        ModelVersion local = source.trainAndRegister("churn", "logistic_regression");
        assertThat(source.importer.origin(BundleFixture.ANA, local)).isEmpty();
    }
}
