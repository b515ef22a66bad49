package io.mlworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.importing.CsvFiles;
import io.mlworkbench.engine.workspace.WorkspaceLocator;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench import}, {@code datasets} and {@code validate} on a temporary workspace. */
class DataCommandsTest {

    @TempDir
    Path temp;

    private StringWriter out;
    private StringWriter err;
    private Path workspace;
    private Path customers;

    @BeforeEach
    void files() {
        workspace = temp.resolve("ws");
        customers = CsvFiles.customers(temp.resolve("customers.csv"), 120, 5);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(new CliOutput(out, err),
                new WorkspaceLocator(Map.of(), temp.resolve("home")), w -> ExitCode.OK);
        String[] withWorkspace = new String[args.length + 2];
        withWorkspace[0] = "--workspace";
        withWorkspace[1] = workspace.toString();
        System.arraycopy(args, 0, withWorkspace, 2, args.length);
        return new WorkbenchCli(context).run(withWorkspace);
    }

    @Test
    void importPrintsVersionHashRowsAndColumns() {
        assertThat(run("import", customers.toString(), "--target", "churned")).isZero();
        assertThat(out.toString())
                .contains("Imported datasets:/default/customers/1: version 1 of a new dataset")
                .containsPattern("Hash: +[0-9a-f]{64}")
                .contains("Rows:     120")
                .contains("Columns:  5")
                .containsPattern("churned +CATEGORICAL +TARGET");
        assertThat(err.toString()).contains("%");
    }

    @Test
    void importingTheSameFileAgainSaysAlreadyImported() {
        run("import", customers.toString());
        assertThat(run("import", customers.toString())).isZero();
        assertThat(out.toString()).startsWith("Already imported: datasets:/default/customers/1");
    }

    @Test
    void importAppliesDialectTypeAndRoleOptions() {
        Path adultLike = CsvFiles.write(temp.resolve("adult.data"), List.of(
                "39, State-gov, 77516, <=50K",
                "50, Self-emp-not-inc, 83311, <=50K",
                "38, ?, 215646, >50K.",
                "53, Private, 234721, >50K"));
        assertThat(run("import", adultLike.toString(), "--delimiter", ", ", "--no-header", "--na", "?",
                "--type", "col_3=DECIMAL", "--role", "col_1=IGNORE", "--target", "col_4",
                "--normalise-labels", "col_4", "--project", "census")).isZero();
        assertThat(out.toString()).contains("datasets:/census/adult/1")
                .containsPattern("col_1 +INTEGER +IGNORE")
                .containsPattern("col_3 +DECIMAL")
                .containsPattern("col_4 +[A-Z]+ +TARGET");
    }

    @Test
    void aRaggedRowFailsWithFileAndLineUnlessSkipped() {
        Path ragged = CsvFiles.write(temp.resolve("ragged.csv"), List.of("a,b", "1,2", "3", "4,5"));
        assertThat(run("import", ragged.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("ragged.csv:3").contains("expected 2 fields");
        assertThat(run("import", ragged.toString(), "--skip-bad-rows")).isZero();
        assertThat(out.toString()).contains("Rows:     2").contains("Skipped 1 ragged rows");
    }

    @Test
    void importsAQuery() {
        assertThat(run("import", "--jdbc-url", "jdbc:h2:mem:shop", "--query",
                "SELECT * FROM (VALUES (1, 'tea'), (2, 'cake')) AS t(id, item)", "--dataset", "orders")).isZero();
        assertThat(out.toString()).contains("datasets:/default/orders/1", "Rows:     2");
    }

    @Test
    void aFileAndAQueryAtOnceAreRefused() {
        assertThat(run("import", customers.toString(), "--jdbc-url", "jdbc:h2:mem:x", "--query", "SELECT 1"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("either FILE, or both --jdbc-url and --query");
    }

    @Test
    void unknownColumnInATypeOptionIsNamed() {
        assertThat(run("import", customers.toString(), "--type", "salary=DECIMAL")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("salary").contains("customer_id");
    }

    @Test
    void datasetsListsAndShowsSchemaAndProfile() {
        run("import", customers.toString(), "--target", "churned");
        assertThat(run("datasets")).isZero();
        assertThat(out.toString()).containsPattern("default +customers +1 +120 +5");

        assertThat(run("datasets", "show", "customers@1")).isZero();
        assertThat(out.toString()).contains("datasets:/default/customers/1", "Rows:        120",
                "Target:      churned: No ").containsPattern("age +INTEGER +120 +0");
    }

    @Test
    void showingAMissingDatasetNamesTheKnownOnes() {
        run("import", customers.toString());
        assertThat(run("datasets", "show", "nope")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("No dataset 'nope'").contains("default/customers");
    }

    @Test
    void validatePassesWithASuggestedSuiteAndFailsABrokenCopyWithRowNumbers() {
        run("import", customers.toString());
        assertThat(run("validate", "customers", "--suggest", "--save-suite", "checks")).isZero();
        assertThat(out.toString()).contains("Suggested ", "Saved suite checks version 1",
                "PASSED: datasets:/default/customers/1 with suite checks v1");

        run("import", CsvFiles.brokenCopy(customers, temp.resolve("customers.csv"), 4, 17).toString());
        assertThat(run("validate", "customers@2", "--suite", "checks")).isEqualTo(ExitCode.FAILURE);
        String report = out.toString();
        assertThat(report).startsWith("FAILED: datasets:/default/customers/2 with suite checks v1")
                .contains("column=age").contains("rows: 4, 17").contains("row 4: 150")
                .contains("column=plan").contains("row 17: gold");
        assertThat(report.indexOf("FAILED  rule")).isLessThan(report.indexOf("passed  rule"));
    }

    @Test
    void validateReadsASuiteFile() throws Exception {
        run("import", customers.toString());
        Path suite = Files.writeString(temp.resolve("suite.json"), """
                {"expectations": [
                  {"expectation_type": "expect_column_values_to_be_between",
                   "kwargs": {"column": "age", "min_value": 18, "max_value": 30}}
                ]}""");
        assertThat(run("validate", "customers", "--suite-file", suite.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(out.toString()).contains("(not stored)").contains("unexpected of 120 values");
    }

    @Test
    void validateNeedsExactlyOneSuiteSource() {
        run("import", customers.toString());
        assertThat(run("validate", "customers")).isEqualTo(ExitCode.USAGE);
        assertThat(run("validate", "customers", "--suggest", "--suite", "x")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void helpListsTheDataCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("import", "datasets", "validate");
    }
}
