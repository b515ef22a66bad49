package io.mlworkbench.app.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.SynchronousTaskExecutor;
import io.mlworkbench.app.theme.ChartTheme;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FeatureSet;
import io.mlworkbench.engine.features.FeatureSetQuery;
import io.mlworkbench.engine.features.FeatureSetUsage;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.features.FittedPipeline;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesViewModelTest {

    @TempDir
    Path temp;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final NavigationEntry entry = new NavigationEntry(LifecycleStep.FEATURES, "Features");
    private FeaturesFixture fixture;
    private FeaturesViewModel viewModel;
    private PipelineEditorViewModel editor;

    @BeforeEach
    void open() {
        fixture = new FeaturesFixture(temp);
        viewModel = new FeaturesViewModel(fixture.services(), new SynchronousTaskExecutor(), dialogs,
                Messages.load(Locale.ENGLISH), entry, Debouncer.immediate());
        editor = viewModel.editor();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private DatasetVersion churnProject() {
        DatasetVersion version = fixture.importCsv("churn", "customers", FeaturesFixture.CHURN_CSV);
        viewModel.refresh();
        return version;
    }

    private ParameterField field(String name) {
        return editor.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private void buildTypicalPipeline() {
        editor.addStep("impute");
        field("columns").selection().setAll("total_charges");
        field("strategy").textProperty().set("median");
        field("add_indicator").checkedProperty().set(true);
        editor.addStep("derive");
        field("name").textProperty().set("charge_per_month");
        field("expression").textProperty().set("total_charges / (tenure_months + 1)");
        editor.addStep("one_hot");
        field("columns").selection().setAll("contract", "internet_service");
        editor.addStep("scale");
        field("columns").selection().setAll("charge_per_month", "monthly_charges");
    }

    private void saveAs(String name, String tags) {
        viewModel.save().nameProperty().set(name);
        viewModel.save().tagsProperty().set(tags);
        viewModel.saveFeatureSet();
    }

    @Test
    void saysWhatToDoWhenThereIsNoProjectOrDataset() {
        viewModel.refresh();
        assertThat(viewModel.hintProperty().get()).startsWith("No project yet");
        fixture.projects.create(fixture.ana, "churn", "");
        viewModel.refresh();
        assertThat(viewModel.hintProperty().get()).startsWith("Project churn has no dataset yet");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
    }

    @Test
    void loadsTheNewestDatasetVersionWithItsTargetAndTrainingSplit() {
        churnProject();
        assertThat(viewModel.projects()).containsExactly("churn");
        assertThat(viewModel.describe(viewModel.versionProperty().get())).isEqualTo("customers v1 (5,000 rows)");
        assertThat(viewModel.targetProperty().get()).isEqualTo("churn");
        assertThat(viewModel.splitNoteProperty().get())
                .startsWith("Fitted on the training split only: 4,000 of 5,000 rows (80 %, seed 42).");
        assertThat(viewModel.hintProperty().get()).startsWith("Add a first step");
        assertThat(entry.subjectProperty().get()).isEqualTo("customers v1 \u00b7 no steps");
    }

    @Test
    void previewShowsTheFirstRowsTransformedAndDistributionsBeforeAndAfter() {
        churnProject();
        buildTypicalPipeline();
        FeaturePreviewViewModel preview = viewModel.preview();
        assertThat(preview.errorProperty().get()).isEmpty();
        assertThat(preview.columns()).contains("total_charges_was_missing", "charge_per_month",
                "contract=Month-to-month", "churn").doesNotContain("contract");
        assertThat(preview.rows()).hasSize(FeaturePreviewer.HEAD_ROWS);
        int ratio = preview.columns().indexOf("charge_per_month");
        assertThat(preview.rows()).extracting(row -> row.get(ratio)).allMatch(v -> v.matches("-?[0-9.]{1,9}"));
        assertThat(preview.statusProperty().get()).startsWith("Fitted 4 steps on 4,000 training rows");
        assertThat(editor.validProperty().get()).isTrue();

        preview.distributionColumnProperty().set("monthly_charges");
        assertThat(preview.beforeChartProperty().get()).isNotNull();
        assertThat(preview.afterChartProperty().get().getWidth()).isEqualTo(DistributionChart.WIDTH);
        preview.distributionColumnProperty().set("contract");
        assertThat(preview.afterChartProperty().get()).isNull();
        assertThat(preview.afterNoteProperty().get()).contains("removed or replaced");
        preview.distributionColumnProperty().set("charge_per_month");
        assertThat(preview.beforeChartProperty().get()).isNull();
        assertThat(preview.beforeNoteProperty().get()).contains("made by a step");
    }

    @Test
    void distributionsAreDrawnAgainInTheDarkTheme() {
        churnProject();
        buildTypicalPipeline();
        FeaturePreviewViewModel preview = viewModel.preview();
        preview.distributionColumnProperty().set("monthly_charges");
        assertThat(new Color(preview.afterChartProperty().get().getRGB(1, 1))).isEqualTo(Color.WHITE);

        preview.themeProperty().set(Theme.DARK);

        Color dark = ChartTheme.of(Theme.DARK).background();
        assertThat(new Color(preview.beforeChartProperty().get().getRGB(1, 1))).isEqualTo(dark);
        assertThat(new Color(preview.afterChartProperty().get().getRGB(1, 1))).isEqualTo(dark);
    }

    @Test
    void selectingAStepShowsTheDistributionOfItsColumn() {
        churnProject();
        buildTypicalPipeline();
        editor.selectedProperty().set(0);
        assertThat(viewModel.preview().distributionColumnProperty().get()).isEqualTo("total_charges");
        editor.selectedProperty().set(2);
        assertThat(viewModel.preview().distributionColumnProperty().get()).isEqualTo("contract");
    }

    @Test
    void columnsMadeByEarlierStepsAreOfferedToLaterSteps() {
        churnProject();
        buildTypicalPipeline();
        editor.selectedProperty().set(3);
        assertThat(field("columns").options()).contains("charge_per_month", "total_charges_was_missing",
                "contract=Two year").doesNotContain("contract", "churn");
    }

    @Test
    void aNewLastStepIsOfferedTheColumnsOfThePreviousPreviewBeforeTheNextOne() {
        Runnable[] pending = new Runnable[1];
        viewModel = new FeaturesViewModel(fixture.services(), new SynchronousTaskExecutor(), dialogs,
                Messages.load(Locale.ENGLISH), entry, action -> pending[0] = action);
        editor = viewModel.editor();
        churnProject();
        editor.addStep("derive");
        field("name").textProperty().set("charge_per_month");
        field("expression").textProperty().set("total_charges / (tenure_months + 1)");
        pending[0].run();
        editor.addStep("scale");
        assertThat(field("columns").options()).contains("charge_per_month");
    }

    @Test
    void aBadExpressionIsShownOnItsStepAndField() {
        churnProject();
        buildTypicalPipeline();
        editor.selectedProperty().set(1);
        field("expression").textProperty().set("tenure_months + * 2");

        assertThat(field("expression").errorProperty().get())
                .contains("Expression 'tenure_months + * 2' at position 17");
        assertThat(editor.items()).extracting(StepItem::hasError).containsExactly(false, true, false, false);
        assertThat(viewModel.preview().statusProperty().get()).startsWith("Fitted 1 step on");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
    }

    @Test
    void aColumnOfTheWrongTypeIsShownOnItsField() {
        churnProject();
        editor.addStep("scale");
        field("columns").selection().setAll("contract");
        assertThat(field("columns").errorProperty().get()).contains("contract");
        assertThat(editor.items().get(0).error()).startsWith("Step 1 (scale)");
    }

    @Test
    void savesAFittedFeatureSetVersionAndMaterialisesItsTable() {
        churnProject();
        buildTypicalPipeline();
        viewModel.save().descriptionProperty().set("impute, encode, scale");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        saveAs("telco basics", "telco, baseline");

        FeatureSet set = fixture.pipelines.search(FeatureSetQuery.all()).get(0);
        assertThat(set.name()).isEqualTo("telco basics");
        assertThat(set.tags()).containsExactly("telco", "baseline");
        assertThat(set.owner()).isEqualTo("ana");
        List<FeatureSetVersion> versions = fixture.pipelines.versions(set.id());
        assertThat(versions).extracting(FeatureSetVersion::versionNo).containsExactly(2, 1);
        assertThat(versions.get(0).fitted()).isTrue();
        assertThat(versions.get(0).definition().steps()).hasSize(4);
        assertThat(fixture.store.list(set.id())).singleElement()
                .satisfies(table -> assertThat(table.rowCount()).isEqualTo(5000));
        assertThat(dialogs.notifications()).containsExactly("Saved feature set telco basics v2: fitted on customers v1"
                + " (4,000 training rows), 5,000 rows materialised");
        assertThat(entry.stateProperty().get()).isEqualTo(StepState.DONE);
        assertThat(viewModel.store().sets()).extracting(FeatureSetRow::name).containsExactly("telco basics");
    }

    @Test
    void theSavedVersionGivesTheSameValuesRowByRowAsInBatch() {
        Table churn = fixture.table(churnProject());
        buildTypicalPipeline();
        saveAs("telco basics", "");
        FeatureSet set = fixture.pipelines.search(FeatureSetQuery.all()).get(0);
        FittedPipeline pipeline = fixture.pipelines.loadFitted(fixture.pipelines.versions(set.id()).get(0).id());
        Table batch = pipeline.transform(churn);
        for (int r = 0; r < churn.rowCount(); r++) {
            Map<String, Object> single = pipeline.transformRow(row(churn, r));
            Map<String, Object> expected = row(batch, r);
            expected.remove("churn");
            assertThat(single).as("row %d", r).isEqualTo(expected);
        }
    }

    private static Map<String, Object> row(Table table, int r) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            Object value = column instanceof NumericColumn n ? (n.isMissing(r) ? null : (Object) n.get(r))
                    : ((StringColumn) column).get(r);
            values.put(column.schema().name(), value);
        }
        return values;
    }

    @Test
    void savingAgainAddsAVersionToTheSameSet() {
        churnProject();
        buildTypicalPipeline();
        saveAs("telco basics", "");
        editor.removeSelected();
        saveAs("telco basics", "");
        FeatureSet set = fixture.pipelines.search(FeatureSetQuery.all()).get(0);
        assertThat(fixture.pipelines.versions(set.id())).extracting(FeatureSetVersion::versionNo)
                .containsExactly(3, 2, 1);
        assertThat(viewModel.save().linkNoteProperty().get()).contains("adds a fitted version to feature set telco");
    }

    @Test
    void aBadNameIsShownBesideTheSaveForm() {
        churnProject();
        buildTypicalPipeline();
        saveAs("../bad", "");
        assertThat(viewModel.save().errorProperty().get()).startsWith("Invalid feature set name '../bad'");
        assertThat(fixture.pipelines.search(FeatureSetQuery.all())).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void reusesAFeatureSetFromAnotherProject() {
        churnProject();
        buildTypicalPipeline();
        saveAs("telco basics", "telco");
        fixture.importCsv("retention", "customers-2026", fixture.churnHead(3000));
        viewModel.projectProperty().set(null);
        viewModel.refresh();
        viewModel.projectProperty().set("retention");
        editor.replaceSteps(List.of());

        viewModel.store().searchProperty().set("telco");
        viewModel.store().selectedProperty().set(viewModel.store().sets().get(0));
        viewModel.store().useInThisProject();
        assertThat(editor.steps()).extracting(StepSpec::kind).containsExactly("impute", "derive", "one_hot", "scale");
        assertThat(viewModel.pageProperty().get()).isEqualTo(FeaturesViewModel.Page.BUILD);
        assertThat(viewModel.save().linkNoteProperty().get())
                .isEqualTo("Saving adds a fitted version to feature set telco basics of project churn.");
        viewModel.saveFeatureSet();

        FeatureSet set = viewModel.store().selectedProperty().get().set();
        assertThat(fixture.pipelines.usages(set.id())).extracting(FeatureSetUsage::projectName)
                .containsExactlyInAnyOrder("churn", "retention");
        assertThat(viewModel.store().usages()).extracting(StoreDetailRow::detail)
                .contains("project retention \u00b7 v3");
        assertThat(viewModel.store().tables()).extracting(StoreDetailRow::what)
                .contains("v3 on customers-2026 v1", "v2 on customers v1");
        assertThat(fixture.pipelines.search(FeatureSetQuery.all())).hasSize(1);
    }

    @Test
    void storeSearchesByNameTagAndOwner() {
        churnProject();
        buildTypicalPipeline();
        saveAs("telco basics", "telco");
        saveAs("bank basics", "bank");
        viewModel.store().searchProperty().set("BASICS");
        assertThat(viewModel.store().sets()).hasSize(2);
        viewModel.store().searchProperty().set("bank");
        assertThat(viewModel.store().sets()).extracting(FeatureSetRow::name).containsExactly("bank basics");
        viewModel.store().searchProperty().set("ana");
        assertThat(viewModel.store().sets()).hasSize(2);
        viewModel.store().searchProperty().set("nobody");
        assertThat(viewModel.store().sets()).isEmpty();
    }

    @Test
    void storeShowsVersionsWithWhatTheyWereFittedOn() {
        churnProject();
        buildTypicalPipeline();
        saveAs("telco basics", "");
        viewModel.store().selectedProperty().set(viewModel.store().sets().get(0));
        assertThat(viewModel.store().versions()).extracting(StoreDetailRow::what, StoreDetailRow::detail)
                .containsExactly(tuple("v2", "4 steps \u00b7 fitted on customers v1 \u00b7 by ana"),
                        tuple("v1", "4 steps \u00b7 definition only (not fitted) \u00b7 by ana"));
        assertThat(viewModel.store().tables()).singleElement()
                .satisfies(row -> assertThat(row.detail()).isEqualTo("5,000 rows \u00b7 current \u00b7 by ana"));
    }
}
