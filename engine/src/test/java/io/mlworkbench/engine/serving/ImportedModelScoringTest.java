package io.mlworkbench.engine.serving;

import static io.mlworkbench.engine.serving.ScoringFixture.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.registry.ModelVersion;
import io.mlworkbench.engine.registry.bundle.BundleManifest;
import io.mlworkbench.engine.registry.bundle.ImportedVersion;
import io.mlworkbench.engine.registry.bundle.InputField;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version shared as a bundle scores in the receiving workspace exactly as in the one it came from. */
class ImportedModelScoringTest {

    private final ScoringFixture source = new ScoringFixture();
    private final ScoringFixture target = new ScoringFixture();
    private final Table rows = ScoringFixture.table(250, 9);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private ImportedVersion share(ModelVersion version) {
        Path file = dir.resolve("shared.mlwb");
        source.exporter.export(ANA, version.uri(), file, Optional.empty());
        return target.importer.importBundle(ANA, file, Optional.empty());
    }

    @Test
    void importedVersionScoresLikeTheOriginal() {
        ModelVersion original = source.trainAndRegister("churn", "random_forest", ScoringFixture.table(300, 7),
                "churned");

        ImportedVersion imported = share(original);

        assertThat(target.scorer.load(ANA, imported.version().uri()).score(rows))
                .isEqualTo(source.scorer.load(ANA, original.uri()).score(rows));
    }

    @Test
    void importedVersionBringsItsFittedFeaturePipeline() {
        ModelVersion original = source.trainBehindFeatureSet("churn-fs", "logistic_regression",
                ScoringFixture.table(300, 7));

        ImportedVersion imported = share(original);
        LoadedModel there = target.scorer.load(ANA, imported.version().uri());

        assertThat(there.pipeline()).isPresent();
        assertThat(there.score(rows)).isEqualTo(source.scorer.load(ANA, original.uri()).score(rows));
    }

    @Test
    void aFeatureSetModelsManifestAsksForTheRawColumnsThePipelineReads() {
        ModelVersion original = source.trainBehindFeatureSet("churn-fs", "logistic_regression",
                ScoringFixture.table(300, 7));
        LoadedModel model = source.scorer.load(ANA, original.uri());

        BundleManifest manifest = source.exporter.export(ANA, original.uri(), dir.resolve("fs.mlwb"),
                Optional.empty()).manifest();

        assertThat(manifest.inputs()).isEqualTo(model.inputFields());
        assertThat(manifest.inputs()).extracting(InputField::name)
                .containsExactlyElementsOf(model.inputSchema().names());
    }
}
