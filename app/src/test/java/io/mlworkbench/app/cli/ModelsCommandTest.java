package io.mlworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.PromotionPolicy;
import io.mlworkbench.engine.training.TrainingListener;
import io.mlworkbench.engine.training.TrainingRequest;
import io.mlworkbench.engine.training.TrainingSpec;
import io.mlworkbench.engine.workspace.WorkspaceLocator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new user's path through {@code workbench models}: register, promote, export, import elsewhere. */
class ModelsCommandTest {

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private long[] runs;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(new CliOutput(out, err), new WorkspaceLocator(Map.of(),
                temp.resolve("home")), workspace -> ExitCode.OK);
        return new WorkbenchCli(context).run(args);
    }

    private Path ws(String name) {
        return temp.resolve(name);
    }

    @BeforeEach
    void trainTwoModels() {
        try (WorkspaceSession session = WorkspaceSession.open(ws("team"))) {
            long project = session.projects().findOrCreate(session.actor(), "churn").id();
            var training = session.registryServices().training();
            runs = new long[2];
            String[] algorithms = {"decision_tree", "logistic_regression"};
            for (int i = 0; i < 2; i++) {
                runs[i] = training.train(session.actor(), new TrainingRequest(project, "baseline", Optional.empty(),
                                Optional.empty(), TrainingSpec.of("churned", algorithms[i])), table(),
                        TrainingListener.ignoring(), () -> false).run().id();
            }
        }
    }

    static Table table() {
        Random random = new Random(11);
        int n = 240;
        ColumnBuilder months = new ColumnBuilder(ColumnSchema.feature("months", ColumnType.DECIMAL), n);
        ColumnBuilder region = new ColumnBuilder(ColumnSchema.feature("region", ColumnType.CATEGORICAL), n);
        ColumnBuilder churned = new ColumnBuilder(ColumnSchema.feature("churned", ColumnType.CATEGORICAL)
                .withRole(ColumnRole.TARGET), n);
        for (int i = 0; i < n; i++) {
            double m = random.nextDouble() * 48;
            boolean north = random.nextBoolean();
            months.addNumber(m);
            region.addString(north ? "north" : "south");
            churned.addString(m / 12 + (north ? 1 : 0) + random.nextGaussian() < 2.5 ? "yes" : "no");
        }
        return Table.of(List.of(months, region, churned));
    }

    private String team() {
        return "--workspace=" + ws("team");
    }

    @Test
    void registerPromoteExportAndImportIntoAFreshWorkspacePredictIdentically() {
        assertThat(run("models", "register", team(), "--run", String.valueOf(runs[0]), "--name", "churn")).isZero();
        assertThat(run("models", "register", team(), "--run", String.valueOf(runs[1]), "--name", "churn")).isZero();
        assertThat(out.toString()).contains("as models:/churn/2");
        assertThat(run("models", "alias", "set", "models:/churn/2", "champion", team(), "--reason", "better AUC"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Cannot move 'champion'", "validation", "Nothing was changed");
        try (WorkspaceSession session = WorkspaceSession.open(ws("team"))) {
            session.registryServices().registry().aliases().updatePolicy(session.actor(),
                    new PromotionPolicy(false, false, Optional.empty()));
        }
        assertThat(run("models", "alias", "set", "models:/churn/2", "champion", team(), "--reason", "better AUC"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("churn@champion: (none) -> v2");
        Path bundle = temp.resolve("churn.mlwb");
        assertThat(run("models", "export", "models:/churn@champion", team(), "--out", bundle.toString())).isZero();
        assertThat(run("models", "import", bundle.toString(), "--workspace=" + ws("other"), "--preview")).isZero();
        assertThat(out.toString()).contains("Source:        models:/churn/2", "Checks:");
        assertThat(run("models", "import", bundle.toString(), "--workspace=" + ws("other"))).isZero();
        assertThat(out.toString()).contains("Imported as models:/churn/1");
        assertThat(run("models", "show", "models:/churn/1", "--workspace=" + ws("other"))).isZero();
        assertThat(out.toString()).contains("logistic_regression", "bundle.source=models:/churn/2", "test",
                "Imported from: models:/churn/2", "Bundle:        churn.mlwb, exported by", "not signed");

        int[] rows = IntStream.range(0, 240).toArray();
        List<io.mlworkbench.engine.training.TrainedModel.RowPrediction> original;
        try (WorkspaceSession session = WorkspaceSession.open(ws("team"))) {
            original = session.registryServices().training().loadModel(runs[1]).predict(table(), rows);
        }
        try (WorkspaceSession session = WorkspaceSession.open(ws("other"))) {
            var services = session.registryServices();
            long imported = services.registry().catalog().version(session.actor(), ModelUri.parse("models:/churn/1"))
                    .runId().getAsLong();
            assertThat(services.training().loadModel(imported).predict(table(), rows)).isEqualTo(original);
        }
    }

    @Test
    void tamperedBundleIsRefusedWithExitOneNamingTheEntry() throws IOException {
        run("models", "register", team(), "--run", String.valueOf(runs[0]), "--name", "churn");
        Path bundle = temp.resolve("churn.mlwb");
        run("models", "export", "models:/churn/1", team(), "--out", bundle.toString());
        Path tampered = temp.resolve("tampered.mlwb");
        try (ZipFile zip = new ZipFile(bundle.toFile());
             OutputStream file = java.nio.file.Files.newOutputStream(tampered);
             ZipOutputStream copy = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("evaluation.json")) {
                    bytes[bytes.length / 2] ^= 1;
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        assertThat(run("models", "import", tampered.toString(), "--workspace=" + ws("other"))).isEqualTo(1);
        assertThat(err.toString()).contains("entry 'evaluation.json' has been changed");
    }

    @Test
    void exportAddsModelOnnxForALinearModelUnlessNoOnnxIsGiven() throws IOException {
        run("models", "register", team(), "--run", String.valueOf(runs[1]), "--name", "churn");
        Path with = temp.resolve("with.mlwb");
        assertThat(run("models", "export", "models:/churn/1", team(), "--out", with.toString())).isZero();
        assertThat(out.toString()).contains("ONNX:          model.onnx, input 'input' FP32 [-1, ",
                "probabilities of");
        Path without = temp.resolve("without.mlwb");
        assertThat(run("models", "export", "models:/churn/1", team(), "--out", without.toString(), "--no-onnx"))
                .isZero();
        assertThat(out.toString()).contains("ONNX:          not included: ONNX export was not requested");
        try (ZipFile a = new ZipFile(with.toFile()); ZipFile b = new ZipFile(without.toFile())) {
            assertThat(a.getEntry("model.onnx")).isNotNull();
            assertThat(b.getEntry("model.onnx")).isNull();
        }
        assertThat(run("models", "import", with.toString(), "--workspace=" + ws("other"), "--preview")).isZero();
        assertThat(out.toString()).contains("ONNX:          model.onnx", "ok  ONNX model parses");
    }

    @Test
    void listShowsVersionsAndKeygenWritesPemFiles() {
        run("models", "register", team(), "--run", String.valueOf(runs[0]), "--name", "churn");
        assertThat(run("models", "list", team(), "--search", "chu")).isZero();
        assertThat(out.toString()).contains("models:/churn/1", "decision_tree", "1 of 1 versions");
        assertThat(run("models", "keygen", "--out", temp.resolve("keys").toString())).isZero();
        assertThat(temp.resolve("keys").resolve("bundle-signing.key.pem")).exists();
        assertThat(run("models", "audit", team(), "--action", "model.")).isZero();
        assertThat(out.toString()).contains("model.version.register");
    }
}
