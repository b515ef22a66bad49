package io.mlworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.workspace.WorkspaceLocator;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first files through the command line: the shared Adult and Bank Marketing files import with only
 * the options a user would choose, get a suggested suite that they pass, and a deliberately broken copy fails it
 * with row numbers. Skipped when {@code ../shared/datasets} is absent.
 */
class SharedDatasetsCliTest {

    private static final Path DATASETS = Path.of(System.getProperty("mlwb.datasets", "../../shared/datasets"));
    private static final String ADULT_NAMES = "age,workclass,fnlwgt,education,education-num,marital-status,"
            + "occupation,relationship,race,sex,capital-gain,capital-loss,hours-per-week,native-country,income";

    @TempDir
    Path temp;

    private StringWriter out;

    private int run(String... args) {
        out = new StringWriter();
        CliContext context = new CliContext(new CliOutput(out, new StringWriter()),
                new WorkspaceLocator(Map.of(), temp.resolve("home")), w -> ExitCode.OK);
        List<String> all = new ArrayList<>(List.of("--workspace", temp.resolve("ws").toString()));
        all.addAll(List.of(args));
        return new WorkbenchCli(context).run(all.toArray(String[]::new));
    }

    private static Path shared(String file) {
        Path path = DATASETS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "shared dataset not present: " + path);
        return path;
    }

    @Test
    void adultImportsWithItsSeparatorAndNamesAndABrokenCopyFailsItsSuite() throws Exception {
        Path adult = shared("adult/adult.data");
        assertThat(run("import", adult.toString(), "--delimiter", ", ", "--no-header", "--names", ADULT_NAMES,
                "--target", "income", "--normalise-labels", "income", "--dataset", "adult")).isZero();
        assertThat(out.toString()).contains("Rows:     32,561", "Columns:  15")
                .containsPattern("workclass +CATEGORICAL").containsPattern("income +CATEGORICAL +TARGET");
        assertThat(run("validate", "adult", "--suggest", "--save-suite", "adult-checks")).isZero();

        List<String> lines = new ArrayList<>(Files.readAllLines(adult));
        lines.set(99, lines.get(99).replaceFirst("^\\d+,", "150,"));
        Path broken = Files.write(temp.resolve("adult.data"), lines);
        run("import", broken.toString(), "--delimiter", ", ", "--no-header", "--names", ADULT_NAMES,
                "--target", "income", "--normalise-labels", "income", "--dataset", "adult");
        assertThat(out.toString()).contains("new version 2 of dataset adult, +1 / -1 rows");
        assertThat(run("validate", "adult@2", "--suite", "adult-checks")).isEqualTo(ExitCode.FAILURE);
        assertThat(out.toString()).contains("column=age").contains("rows: 100").contains("row 100: 150");
    }

    @Test
    void bankMarketingImportsWithSemicolonsAndQuotedHeaders() {
        Path bank = shared("bank-marketing/bank-full.csv");
        assertThat(run("import", bank.toString(), "--target", "y", "--dataset", "bank")).isZero();
        assertThat(out.toString()).contains("Rows:     45,211", "Columns:  17")
                .containsPattern("\\bjob +CATEGORICAL").containsPattern("balance +INTEGER")
                .containsPattern("y +(CATEGORICAL|BOOLEAN) +TARGET");
        assertThat(run("validate", "bank", "--suggest", "--save-suite", "bank-checks")).isZero();
        assertThat(out.toString()).contains("PASSED: datasets:/default/bank/1 with suite bank-checks v1");
    }
}
