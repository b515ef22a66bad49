package io.mlworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.features.PipelineDefinition;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.workspace.WorkspaceLocator;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path workspace;

    private static final PipelineDefinition DEFINITION = PipelineDefinition.of("churn", List.of(
            StepSpec.of("impute", "columns", List.of("total_charges"), "strategy", "median"),
            StepSpec.of("derive", "name", "charge_per_month", "expression", "total_charges / (tenure_months + 1)")));

    @BeforeEach
    void workspaceWithFeatureSets() {
        workspace = temp.resolve("ws");
        Actor ana = new Actor("ana");
        try (WorkspaceSession session = WorkspaceSession.open(workspace, ana, Clock.systemUTC())) {
            Project churn = session.projects().create(ana, "churn", "");
            Project bank = session.projects().create(ana, "bank", "");
            session.featurePipelines().create(ana, churn.id(), "telco basics", "impute and ratio",
                    List.of("telco", "baseline"), DEFINITION);
            long shared = session.featurePipelines().create(new Actor("bob"), bank.id(), "shared", "", List.of(),
                    DEFINITION).featureSetId();
            session.featurePipelines().saveDefinition(ana, shared, DEFINITION.firstSteps(1));
            session.featurePipelines().create(ana, churn.id(), "shared", "", List.of(), DEFINITION);
        }
    }

    private int run(String... args) {
        CliContext context = new CliContext(new CliOutput(out, err),
                new WorkspaceLocator(Map.of(), temp.resolve("home")), directory -> ExitCode.OK);
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new WorkbenchCli(context).run(all);
    }

    @Test
    void listsFeatureSetsOfEveryProject() {
        assertThat(run("features", "list")).isZero();
        assertThat(out.toString().lines()).hasSize(4);
        assertThat(out.toString()).startsWith("NAME ")
                .containsPattern("telco basics +churn +ana +v1 +telco,baseline +impute and ratio")
                .containsPattern("shared +bank +bob +v2");
    }

    @Test
    void searchesByNameTagOrOwner() {
        assertThat(run("features", "list", "--search", "TELCO")).isZero();
        assertThat(out.toString().lines()).hasSize(2).last().asString().startsWith("telco basics");
        out.getBuffer().setLength(0);
        run("features", "list", "--search", "bob");
        assertThat(out.toString().lines()).hasSize(2).last().asString().contains("bank");
        out.getBuffer().setLength(0);
        run("features", "list", "--search", "nothing");
        assertThat(out.toString()).isEqualTo("No feature set matches 'nothing'." + System.lineSeparator());
    }

    @Test
    void showsStepsAndWhereUsed() {
        assertThat(run("features", "show", "telco basics")).isZero();
        assertThat(out.toString())
                .contains("Feature set:  telco basics", "Project:      churn", "Tags:         telco, baseline",
                        "Version:      1 of 1, saved by ana", "Target:       churn",
                        "Fitted on:    not fitted (a definition only)",
                        "  1. impute  columns=total_charges  strategy=median",
                        "  2. derive  name=charge_per_month  expression=total_charges / (tenure_months + 1)",
                        "Where used: nowhere yet");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void showsAChosenVersionOfASetInAChosenProject() {
        assertThat(run("features", "show", "shared@1", "--project", "bank")).isZero();
        assertThat(out.toString()).contains("Version:      1 of 2, saved by bob", "  2. derive");
        out.getBuffer().setLength(0);
        assertThat(run("features", "show", "shared", "--project", "bank")).isZero();
        assertThat(out.toString()).contains("Version:      2 of 2").doesNotContain("  2. derive");
    }

    @Test
    void anAmbiguousNameAsksForTheProject() {
        assertThat(run("features", "show", "shared")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).isEqualTo("workbench: Feature set 'shared' exists in projects [bank, churn]; choose"
                + " one with --project" + System.lineSeparator());
    }

    @Test
    void unknownNamesAndVersionsSayWhatExists() {
        assertThat(run("features", "show", "nope")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("No feature set named 'nope'; the feature sets are ",
                "telco basics (churn)");
        err.getBuffer().setLength(0);
        assertThat(run("features", "show", "telco basics@7")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Feature set 'telco basics' has no version 7; its versions are 1 to 1");
        err.getBuffer().setLength(0);
        assertThat(run("features", "show", "telco basics@x")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("Invalid feature set version 'x'");
    }

    @Test
    void featuresWithoutACommandIsAUsageError() {
        assertThat(run("features")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("workbench features list");
    }
}
