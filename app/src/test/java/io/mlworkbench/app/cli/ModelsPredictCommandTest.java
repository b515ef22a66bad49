package io.mlworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.registry.AliasName;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.PromotionPolicy;
import io.mlworkbench.engine.training.TrainedModel.RowPrediction;
import io.mlworkbench.engine.training.TrainingListener;
import io.mlworkbench.engine.training.TrainingRequest;
import io.mlworkbench.engine.training.TrainingSpec;
import io.mlworkbench.engine.workspace.WorkspaceLocator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench models predict}: score a file with a registered version, here and after sharing it. */
class ModelsPredictCommandTest {

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private long[] runs;
    private Path rows;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(new CliOutput(out, err), new WorkspaceLocator(Map.of(),
                temp.resolve("home")), workspace -> ExitCode.OK);
        return new WorkbenchCli(context).run(args);
    }

    private String team() {
        return "--workspace=" + temp.resolve("team");
    }

    @BeforeEach
    void trainRegisterAndPromote() throws IOException {
        try (WorkspaceSession session = WorkspaceSession.open(temp.resolve("team"))) {
            long project = session.projects().findOrCreate(session.actor(), "churn").id();
            var services = session.registryServices();
            runs = new long[2];
            String[] algorithms = {"decision_tree", "logistic_regression"};
            for (int i = 0; i < 2; i++) {
                runs[i] = services.training().train(session.actor(), new TrainingRequest(project, "baseline",
                                Optional.empty(), Optional.empty(), TrainingSpec.of("churned", algorithms[i])),
                        ModelsCommandTest.table(), TrainingListener.ignoring(), () -> false).run().id();
                services.registry().registry().register(session.actor(), "churn", runs[i], "", Map.of());
            }
            services.registry().aliases().updatePolicy(session.actor(),
                    new PromotionPolicy(false, false, Optional.empty()));
            services.registry().aliases().move(session.actor(), ModelUri.ofVersion("churn", 2), AliasName.CHAMPION,
                    "better AUC");
        }
        rows = csv("rows.csv", ModelsCommandTest.table(), null);
    }

    /** Writes a table as CSV; {@code replaceMonths} replaces the months of the last row when given. */
    private Path csv(String name, Table table, String replaceMonths) throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", table.schema().names())).append('\n');
        for (int r = 0; r < table.rowCount(); r++) {
            boolean last = r == table.rowCount() - 1;
            String months = last && replaceMonths != null ? replaceMonths
                    : Double.toString(((io.mlworkbench.engine.data.NumericColumn) table.column("months")).get(r));
            text.append(months).append(',').append(table.column("region").format(r)).append(',')
                    .append(table.column("churned").format(r)).append('\n');
        }
        return Files.writeString(temp.resolve(name), text);
    }

    @Test
    void writesEveryRowWithPredictionAndClassProbabilitiesLikeTheModel() {
        assertThat(run("models", "predict", "models:/churn/1", rows.toString(), team())).as(err.toString()).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("months,region,churned,prediction,probability_no,probability_yes");
        assertThat(lines).hasSize(241);
        List<RowPrediction> expected;
        try (WorkspaceSession session = WorkspaceSession.open(temp.resolve("team"))) {
            expected = session.training().loadModel(runs[0]).predict(ModelsCommandTest.table(),
                    IntStream.range(0, 240).toArray());
        }
        for (int r = 0; r < 240; r++) {
            String[] fields = lines.get(r + 1).split(",");
            assertThat(fields[3]).isEqualTo(expected.get(r).label());
            assertThat(Double.parseDouble(fields[5])).isEqualTo(expected.get(r).scores().get("yes"));
        }
        assertThat(err.toString()).contains("Scored 240 rows of rows.csv with models:/churn/1 (churn v1) in");
    }

    @Test
    void namesLabelAFileWithoutHeaderRowAndScoreLikeTheNamedFile() throws IOException {
        assertThat(run("models", "predict", "models:/churn/1", rows.toString(), team())).isZero();
        String named = out.toString();
        List<String> lines = Files.readAllLines(rows);
        Path headless = Files.write(temp.resolve("headless.csv"), lines.subList(1, lines.size()));

        assertThat(run("models", "predict", "models:/churn/1", headless.toString(), "--names",
                "months, region, churned", team())).as(err.toString()).isZero();

        assertThat(out.toString()).isEqualTo(named);
    }

    @Test
    void aNameCountOtherThanTheColumnCountIsRefused() throws IOException {
        List<String> lines = Files.readAllLines(rows);
        Path headless = Files.write(temp.resolve("headless.csv"), lines.subList(1, lines.size()));

        assertThat(run("models", "predict", "models:/churn/1", headless.toString(), "--names", "months,region",
                team())).isNotZero();

        assertThat(err.toString()).contains("2 column names for 3 columns");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void limitScoresOnlyTheFirstRows() {
        assertThat(run("models", "predict", "models:/churn@champion", rows.toString(), "--limit", "5", team()))
                .as(err.toString()).isZero();

        assertThat(out.toString().lines()).hasSize(6);
        assertThat(err.toString()).contains("Scored 5 rows", "models:/churn@champion (churn v2)");
    }

    @Test
    void championScoresTheSameBytesAfterTheBundleIsImportedIntoAnotherWorkspace() throws IOException {
        Path here = temp.resolve("here.csv");
        Path there = temp.resolve("there.csv");
        Path bundle = temp.resolve("churn.mlwb");
        assertThat(run("models", "predict", "models:/churn@champion", rows.toString(), "--out", here.toString(),
                team())).as(err.toString()).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(run("models", "export", "models:/churn@champion", "--out", bundle.toString(), team())).isZero();
        String other = "--workspace=" + temp.resolve("other");
        assertThat(run("models", "import", bundle.toString(), other)).isZero();

        assertThat(run("models", "predict", "models:/churn/1", rows.toString(), "--out", there.toString(), other))
                .as(err.toString()).isZero();

        assertThat(Files.readAllBytes(there)).isEqualTo(Files.readAllBytes(here));
        assertThat(Files.readString(here)).contains("probability_yes");
    }

    @Test
    void fileWithoutAnInputColumnFailsNamingItAndWritesNothing() throws IOException {
        Path noRegion = Files.writeString(temp.resolve("no-region.csv"), "months,churned\n3.5,no\n40,yes\n");
        Path target = temp.resolve("scored.csv");

        assertThat(run("models", "predict", "models:/churn/1", noRegion.toString(), "--out", target.toString(),
                team())).isEqualTo(1);

        assertThat(err.toString()).contains("no-region.csv lacks column 'region'", "models:/churn/1",
                "expected columns [months (DECIMAL), region (CATEGORICAL)]");
        assertThat(target).doesNotExist();
        assertThat(temp).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void textInANumericColumnFailsNamingLineAndColumnAndWritesNothing() throws IOException {
        Path bad = csv("bad.csv", ModelsCommandTest.table(), "soon");
        Path target = temp.resolve("scored.csv");

        assertThat(run("models", "predict", "models:/churn/1", bad.toString(), "--out", target.toString(), team()))
                .isEqualTo(1);

        assertThat(err.toString()).contains("bad.csv", "241", "'months'", "'soon'");
        assertThat(target).doesNotExist();
    }

    @Test
    void unknownModelFailsSayingSoAndWritesNothing() {
        Path target = temp.resolve("scored.csv");

        assertThat(run("models", "predict", "models:/nope@champion", rows.toString(), "--out", target.toString(),
                team())).isEqualTo(1);
        assertThat(err.toString()).contains("No registered model named 'nope'");
        assertThat(run("models", "predict", "not-a-uri", rows.toString(), team())).isNotZero();
        assertThat(target).doesNotExist();
    }
}
