package io.mlworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.workspace.WorkspaceLocator;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench train}, {@code runs}, {@code runs show|reproduce} and {@code compare} on a small imported CSV. */
class TrainingCommandsTest {

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Path csv;

    @BeforeEach
    void writeCsv() throws Exception {
        csv = temp.resolve("small.csv");
        StringBuilder text = new StringBuilder("id,x1,x2,colour,label\n");
        Random r = new Random(5);
        String[] colours = {"red", "green", "blue"};
        for (int i = 0; i < 240; i++) {
            double a = r.nextDouble() * 10;
            double b = r.nextDouble() * 10;
            int c = r.nextInt(3);
            String label = a - b + (c - 1) * 2 + r.nextGaussian() * 2 > 0 ? "yes" : "no";
            text.append(String.format(java.util.Locale.ROOT, "r%d,%.3f,%.3f,%s,%s%n", i, a, b, colours[c], label));
        }
        Files.writeString(csv, text);
        try (WorkspaceSession session = WorkspaceSession.open(temp.resolve("ws"))) {
            session.datasets().importFile(session.actor(), "default", "small", csv, ImportOptions.defaults(),
                    ProgressListener.ignoring(), CancellationToken.never());
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = temp.resolve("ws").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliContext context = new CliContext(new CliOutput(out, err),
                new WorkspaceLocator(Map.of(), temp.resolve("home")), workspace -> ExitCode.OK);
        return new WorkbenchCli(context).run(all);
    }

    @Test
    void trainsTwoModelsThenListsShowsComparesAndReproducesThem() {
        assertThat(run("train", "small", "--target", "label", "--algorithm",
                "logistic_regression,decision_tree", "--param", "decision_tree.maxDepth=4")).isZero();
        assertThat(out.toString()).contains("run", "logistic_regression", "decision_tree", "roc_auc");
        assertThat(err.toString()).contains("training on small@v1 (240 rows × 5 columns)",
                "training logistic_regression (run 1)");

        assertThat(run("runs")).isZero();
        assertThat(out.toString()).contains("small@v1 → label").contains("decision_tree").contains("roc_auc");

        assertThat(run("runs", "show", "2")).isZero();
        assertThat(out.toString()).contains("Algorithm:  decision_tree", "\"maxDepth\":4", "test   roc_auc");

        assertThat(run("compare", "1", "2")).isZero();
        assertThat(out.toString()).contains("roc_auc").contains("McNemar").contains("p = ");

        assertThat(run("runs", "reproduce", "2")).isZero();
        assertThat(out.toString()).contains("Run 2 reproduced as run 3").contains("identical");
    }

    @Test
    void trainsTheNamedVersionAndReproducesOnItAfterANewerImport() throws Exception {
        assertThat(run("train", "small@1", "--target", "label", "--algorithm", "decision_tree")).isZero();
        Files.writeString(csv, Files.readString(csv).replaceAll("(?m),no$", ",yes"));
        assertThat(run("import", csv.toString(), "--dataset", "small")).isZero();

        assertThat(run("runs", "reproduce", "1")).isZero();
        assertThat(out.toString()).contains("Run 1 reproduced as run 2").contains("identical");
    }

    @Test
    void unknownDatasetSaysWhichDatasetsExist() {
        assertThat(run("train", "nosuch", "--target", "label", "--algorithm", "decision_tree"))
                .isNotZero();
        assertThat(err.toString()).contains("No dataset 'nosuch'", "default/small");
    }

    @Test
    void missingVersionNamesTheVersionsThereAre() {
        assertThat(run("train", "small@7", "--target", "label", "--algorithm", "decision_tree")).isNotZero();
        assertThat(err.toString()).contains("has no version 7", "1 to 1");
    }

    @Test
    void algorithmsForTheOtherTaskAreRefusedBeforeAnythingIsTrained() {
        assertThat(run("train", "small", "--target", "label", "--algorithm",
                "decision_tree,random_forest_regressor")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("[random_forest_regressor] is not for classification",
                "'label'", "decision_tree", "nothing was trained");
        assertThat(run("runs")).isZero();
        assertThat(out.toString()).doesNotContain("decision_tree");
    }

    @Test
    void unknownParameterNamesTheAlgorithmsParameters() {
        assertThat(run("train", "small", "--target", "label", "--algorithm", "decision_tree", "--param",
                "decision_tree.depth=3")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("has no parameter 'depth'", "maxDepth");
    }

    @Test
    void helpListsAlgorithmsAndParametersFromTheDeclarations() {
        assertThat(run("train", "--help")).isZero();
        assertThat(out.toString()).contains("random_forest", "maxDepth", "integer in [1, 40]", "--tune");
    }

    @Test
    void tuningPrintsTrialsOnStandardError() {
        assertThat(run("train", "small", "--target", "label", "--algorithm", "decision_tree", "--tune",
                "random", "--trials", "3")).isZero();
        assertThat(err.toString()).contains("decision_tree trial 1");
        assertThat(out.toString()).contains("decision_tree");
    }
}
