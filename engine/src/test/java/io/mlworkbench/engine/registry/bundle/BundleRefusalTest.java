package io.mlworkbench.engine.registry.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlworkbench.engine.registry.ModelQuery;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.ModelVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way an untrusted bundle is refused, with a reason naming the problem; nothing is imported. */
class BundleRefusalTest {

    private static BundleFixture source;
    private static Path bundle;
    private static Map<String, byte[]> entries;

    @TempDir
    static Path dir;

    private final BundleFixture target = new BundleFixture("refusal-target", new BundleLimits(64, 1 << 20, 4 << 20));

    @BeforeAll
    static void exportOnce() {
        source = new BundleFixture("refusal-source");
        ModelVersion version = source.trainAndRegister("churn", "logistic_regression");
        bundle = dir.resolve("churn.mlwb");
        source.exporter.export(BundleFixture.ANA, version.uri(), bundle, Optional.empty());
        entries = BundleArchive.read(bundle, BundleLimits.defaults()).entries();
    }

    @AfterAll
    static void closeSource() {
        source.close();
    }

    private void assertRefused(Path file, String... messageParts) {
        assertThatThrownBy(() -> target.importer.importBundle(BundleFixture.ANA, file, Optional.empty()))
                .isInstanceOf(InvalidBundleException.class).message().contains(messageParts);
        assertThat(target.registry.catalog().search(BundleFixture.ANA, ModelQuery.all()).versions()).isEmpty();
        target.close();
    }

    private static Path zip(String name, Map<String, byte[]> content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : content.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, byte[]> copy() {
        return new LinkedHashMap<>(entries);
    }

    @Test
    void refusesAnEntryWithOneChangedByteNamingTheEntry() throws IOException {
        Map<String, byte[]> tampered = copy();
        byte[] model = tampered.get("model.tribuo.pb").clone();
        model[model.length / 2] ^= 1;
        tampered.put("model.tribuo.pb", model);
        assertRefused(zip("tampered.mlwb", tampered), "entry 'model.tribuo.pb' has been changed");
    }

    @Test
    void refusesAModelOnnxWithOneChangedByteNamingTheEntry() throws IOException {
        Map<String, byte[]> tampered = copy();
        byte[] onnx = tampered.get(BundleFormat.MODEL_ONNX).clone();
        onnx[onnx.length / 2] ^= 1;
        tampered.put(BundleFormat.MODEL_ONNX, onnx);
        assertRefused(zip("tampered-onnx.mlwb", tampered), "entry 'model.onnx' has been changed");
    }

    @Test
    void refusesAModelOnnxAddedToABundleExportedWithoutOne() throws IOException {
        Path plain = dir.resolve("no-onnx.mlwb");
        source.exporter.export(BundleFixture.ANA, ModelUri.parse("models:/churn/1"), plain,
                BundleExportOptions.defaults().withOnnx(false));
        Map<String, byte[]> added = new LinkedHashMap<>(BundleArchive.read(plain, BundleLimits.defaults()).entries());
        added.put(BundleFormat.MODEL_ONNX, entries.get(BundleFormat.MODEL_ONNX));
        assertRefused(zip("added-onnx.mlwb", added), "entry 'model.onnx' is not listed");
    }

    @Test
    void refusesAnOversizedModelOnnx() throws IOException {
        Map<String, byte[]> big = copy();
        big.put(BundleFormat.MODEL_ONNX, new byte[2 << 20]);
        assertRefused(zip("big-onnx.mlwb", big), "'model.onnx'", "zip bomb");
    }

    @Test
    void refusesAManifestWhoseOnnxFeatureOrderDiffersFromTheOnnxModel() throws IOException {
        Map<String, byte[]> lying = copy();
        ObjectNode manifest = (ObjectNode) BundleJson.mapper().readTree(lying.get(BundleFormat.MANIFEST));
        ArrayNode features = (ArrayNode) manifest.get("onnx").get("features");
        JsonNode first = features.remove(0);
        features.add(first);
        lying.put(BundleFormat.MANIFEST, BundleJson.write(manifest));
        lying.put(BundleFormat.CHECKSUMS, checksums(lying));
        assertRefused(zip("lying-onnx.mlwb", lying), "entry 'model.onnx' does not match the manifest's onnx section");
    }

    private static byte[] checksums(Map<String, byte[]> content) {
        StringBuilder text = new StringBuilder();
        content.forEach((name, bytes) -> {
            if (!name.equals(BundleFormat.CHECKSUMS)) {
                text.append(BundleVerifier.sha256(bytes)).append("  ").append(name).append('\n');
            }
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refusesAFileWithOneFlippedByteOnDisk() throws IOException {
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 3] ^= 0x10;
        Path file = dir.resolve("flipped.mlwb");
        Files.write(file, bytes);
        assertRefused(file, "flipped.mlwb");
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(bundle);
        Path file = dir.resolve("truncated.mlwb");
        Files.write(file, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertRefused(file, "truncated");
    }

    @Test
    void refusesAZipSlipEntryName() throws IOException {
        Map<String, byte[]> evil = copy();
        evil.put("../../.bashrc", "echo owned".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("slip.mlwb", evil), "'../../.bashrc'", "zip-slip");
    }

    @Test
    void refusesAnAbsoluteEntryName() throws IOException {
        Map<String, byte[]> evil = copy();
        evil.put("/etc/cron.d/job", new byte[] {1});
        assertRefused(zip("absolute.mlwb", evil), "'/etc/cron.d/job'");
    }

    @Test
    void refusesAZipBomb() throws IOException {
        Map<String, byte[]> bomb = copy();
        bomb.put("evaluation.json", new byte[8 << 20]);
        assertRefused(zip("bomb.mlwb", bomb), "'evaluation.json'", "zip bomb");
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        Map<String, byte[]> many = copy();
        for (int i = 0; i < 70; i++) {
            many.put("extra" + i + ".txt", new byte[] {1});
        }
        assertRefused(zip("many.mlwb", many), "entries", "at most 64");
    }

    @Test
    void refusesAnUnknownFormatVersion() throws IOException {
        Map<String, byte[]> future = copy();
        String manifest = new String(future.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : 1", "\"formatVersion\" : 99");
        future.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("future.mlwb", future), "unknown bundle format version 99");
    }

    @Test
    void refusesAnEntryNotListedInTheManifest() throws IOException {
        Map<String, byte[]> extra = copy();
        extra.put("payload.sh", "rm -rf".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("extra.mlwb", extra), "'payload.sh' is not listed");
    }

    @Test
    void refusesABundleWhoseManifestChangedAfterSigning() throws IOException {
        Path keys = dir.resolve("sig-keys");
        BundleKeys.generate(keys);
        Path signed = dir.resolve("signed.mlwb");
        source.exporter.export(BundleFixture.ANA, ModelUri.parse("models:/churn/1"), signed,
                Optional.of(BundleKeys.readSigningKey(keys.resolve(BundleKeys.PRIVATE_FILE))));
        Map<String, byte[]> changed = new LinkedHashMap<>(BundleArchive.read(signed, BundleLimits.defaults())
                .entries());
        changed.put("manifest.json", new String(changed.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"createdBy\" : \"ana\"", "\"createdBy\" : \"eve\"").getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("badsig.mlwb", changed), "signature does not match");
    }

    @Test
    void refusesAnUnsignedBundleWhenTheWorkspaceRequiresSigning() {
        target.importer.trustSettings().requireSigned(BundleFixture.ANA, true);
        assertRefused(bundle, "not signed", "requires signed bundles");
    }

    @Test
    void refusesABundleSignedByAnUntrustedKeyWhenSigningIsRequired() {
        Path keys = dir.resolve("other-keys");
        BundleKeys.generate(keys);
        Path signed = dir.resolve("signed-untrusted.mlwb");
        source.exporter.export(BundleFixture.ANA, ModelUri.parse("models:/churn/1"),
                signed, Optional.of(BundleKeys.readSigningKey(keys.resolve(BundleKeys.PRIVATE_FILE))));
        target.importer.trustSettings().requireSigned(BundleFixture.ANA, true);
        assertRefused(signed, "does not trust");
    }

    @Test
    void previewShowsContentsAndChecksWithoutImporting() {
        BundlePreview preview = target.importer.preview(bundle);
        assertThat(preview.manifest().modelName()).isEqualTo("churn");
        assertThat(preview.lineage().algorithm()).isEqualTo("logistic_regression");
        assertThat(preview.metrics()).isNotEmpty();
        assertThat(preview.checks()).anyMatch(c -> c.contains("SHA-256")).anyMatch(c -> c.contains("Not signed"));
        assertThat(target.registry.catalog().search(BundleFixture.ANA, ModelQuery.all()).versions()).isEmpty();
        target.close();
    }
}
