package io.mlworkbench.engine.registry.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.registry.ModelVersion;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxFeature;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxSection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.ImmutableFeatureMap;

/** The optional {@code model.onnx} entry: when it is written and what the manifest and model card say. */
class OnnxBundleTest {

    private final BundleFixture source = new BundleFixture("onnx-source");

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void xgboostBundleHasNoOnnxEntryAndItsManifestCardAndPreviewSayWhy() {
        ModelVersion version = source.trainAndRegister("churn", "gradient_boosting");
        Path file = dir.resolve("churn.mlwb");
        ExportedBundle exported = source.exporter.export(BundleFixture.ANA, version.uri(), file,
                BundleExportOptions.defaults());

        BundleContents contents = BundleArchive.read(file, BundleLimits.defaults());
        OnnxSection onnx = exported.manifest().onnx();
        assertThat(contents.entries()).doesNotContainKey(BundleFormat.MODEL_ONNX);
        assertThat(exported.manifest().entry(BundleFormat.MODEL_ONNX)).isEmpty();
        assertThat(onnx.included()).isFalse();
        assertThat(onnx.note()).contains("ONNX export is available for linear models only", "XGBoost");
        assertThat(new String(contents.require(BundleFormat.MODEL_CARD), StandardCharsets.UTF_8))
                .contains("<h2>ONNX</h2>", "Not included: ONNX export is available for linear models only");
        assertThat(source.importer.preview(file).checks()).contains("No ONNX model: " + onnx.note());
    }

    @Test
    void exportWithoutOnnxLeavesTheEntryOutAndSaysItWasNotRequested() {
        ModelVersion version = source.trainAndRegister("churn", "logistic_regression");
        Path file = dir.resolve("churn.mlwb");
        ExportedBundle exported = source.exporter.export(BundleFixture.ANA, version.uri(), file,
                BundleExportOptions.defaults().withOnnx(false));

        assertThat(BundleArchive.read(file, BundleLimits.defaults()).entries())
                .doesNotContainKey(BundleFormat.MODEL_ONNX);
        assertThat(exported.manifest().onnx().included()).isFalse();
        assertThat(exported.manifest().onnx().note()).contains("not requested");
    }

    @Test
    void manifestListsTheOnnxEntryWithItsChecksumAndTheFeaturesInTribuosDomainOrder() {
        ModelVersion version = source.trainAndRegister("churn", "logistic_regression");
        Path file = dir.resolve("churn.mlwb");
        BundleManifest manifest = source.exporter.export(BundleFixture.ANA, version.uri(), file,
                BundleExportOptions.defaults()).manifest();

        ImmutableFeatureMap domain = source.training.loadModel(version.runId().getAsLong()).tribuoModel()
                .getFeatureIDMap();
        OnnxSection onnx = manifest.onnx();
        byte[] bytes = BundleArchive.read(file, BundleLimits.defaults()).require(BundleFormat.MODEL_ONNX);
        assertThat(manifest.entry(BundleFormat.MODEL_ONNX)).hasValueSatisfying(e -> {
            assertThat(e.sha256()).isEqualTo(BundleVerifier.sha256(bytes));
            assertThat(e.size()).isEqualTo(bytes.length);
        });
        assertThat(onnx.features()).extracting(OnnxFeature::name).containsExactlyElementsOf(
                IntStream.range(0, domain.size()).mapToObj(i -> domain.get(i).getName()).toList());
        assertThat(onnx.features()).extracting(OnnxFeature::name)
                .containsExactly("charges", "plan=basic", "plan=plus", "plan=pro", "tenure");
        assertThat(onnx.features().get(0)).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(OnnxFeature.NUMERIC);
            assertThat(f.scale()).isPositive();
        });
        assertThat(onnx.features().get(1)).isEqualTo(new OnnxFeature("plan=basic", "plan", OnnxFeature.INDICATOR,
                "basic", null, null, null));
        assertThat(onnx.input()).satisfies(i -> {
            assertThat(i.name()).isEqualTo("input");
            assertThat(i.datatype()).isEqualTo("FP32");
            assertThat(i.shape()).containsExactly(-1L, 5L);
        });
        assertThat(onnx.output().shape()).containsExactly(-1L, 2L);
        assertThat(onnx.outputLabels()).containsExactlyInAnyOrder("no", "yes");
        assertThat(onnx.outputKind()).isEqualTo(OnnxSection.PROBABILITIES);
    }

    @Test
    void manifestOfABundleWithoutAnOnnxSectionReadsAsNotRecorded() {
        BundleManifest old = new BundleManifest(1, "churn", 1, "2024-05-01T10:00:00Z", "ana", null, List.of(),
                new OutputField("churned", "classification", List.of("no", "yes")), List.of(), null);

        assertThat(old.onnx().included()).isFalse();
        assertThat(old.onnx().note()).contains("without ONNX export");
    }
}
