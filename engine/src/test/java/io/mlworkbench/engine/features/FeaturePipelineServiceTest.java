package io.mlworkbench.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeaturePipelineServiceTest {

    private final RegistryFixture registry = new RegistryFixture();
    private final Project churn = registry.project("churn");
    private final PipelineDefinition definition = PipelineDefinition.of("y", List.of(
            StepSpec.of("impute", "columns", List.of("x")),
            StepSpec.of("one_hot", "columns", List.of("c"))));
    private final Table table = TestTables.builder()
            .numbers("x", ColumnType.DECIMAL, 1, Double.NaN, 3)
            .labels("c", "a", "b", "a")
            .numbers("y", ColumnType.INTEGER, 0, 1, 0)
            .build();

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void createsAFeatureSetWithItsFirstVersionAndAuditsBoth() {
        FeatureSetVersion v1 = registry.pipelines.create(registry.ana, churn.id(), " telco basics ", "impute + encode",
                List.of("telco", "baseline"), definition);
        assertThat(v1.versionNo()).isEqualTo(1);
        assertThat(v1.fitted()).isFalse();
        assertThat(v1.definition()).isEqualTo(definition);
        FeatureSet set = registry.pipelines.requireSet(v1.featureSetId());
        assertThat(set.name()).isEqualTo("telco basics");
        assertThat(set.owner()).isEqualTo("ana");
        assertThat(set.tags()).containsExactly("telco", "baseline");
        assertThat(registry.audit.find(AuditFilter.newest().byActionPrefix("feature_set.")))
                .extracting(AuditEntry::action).containsExactly("feature_set.version.create", "feature_set.create");
    }

    @Test
    void savesAFittedVersionLinkedToItsDatasetVersionAndReloadsTheSamePipeline() {
        long setId = registry.pipelines.create(registry.ana, churn.id(), "basics", "", List.of(), definition)
                .featureSetId();
        long datasetVersion = registry.datasetVersion(churn, "customers", 1);
        FittedPipeline fitted = registry.fitter.fit(definition, table, 1).pipeline();
        FeatureSetVersion v2 = registry.pipelines.saveFitted(registry.ana, setId, fitted, datasetVersion);
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.fittedOnDatasetVersionId()).contains(datasetVersion);
        FittedPipeline reloaded = registry.pipelines.loadFitted(v2.id());
        assertThat(reloaded.transformRow(Map.of("c", "b"))).isEqualTo(fitted.transformRow(Map.of("c", "b")));
        assertThat(registry.pipelines.versions(setId)).extracting(FeatureSetVersion::versionNo).containsExactly(2, 1);
        assertThatThrownBy(() -> registry.pipelines.loadFitted(registry.pipelines.versions(setId).get(1).id()))
                .hasMessageContaining("has not been fitted");
    }

    @Test
    void refusesDuplicateNamesAndBadDefinitionsLeavingNothingBehind() {
        registry.pipelines.create(registry.ana, churn.id(), "basics", "", List.of(), definition);
        long before = registry.audit.count();
        assertThatThrownBy(() -> registry.pipelines.create(registry.ana, churn.id(), "basics", "", List.of(),
                definition)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> registry.pipelines.create(registry.ana, churn.id(), "other", "", List.of(),
                PipelineDefinition.of("y", List.of(StepSpec.of("scale", "columns", List.of("x"), "method", "z")))))
                .hasMessageContaining("Step 1 (scale): parameter 'method' must be one of");
        assertThatThrownBy(() -> registry.pipelines.create(registry.ana, churn.id(), "../x", "", List.of(),
                definition)).hasMessageContaining("Invalid feature set name '../x'");
        assertThat(registry.audit.count()).isEqualTo(before);
        assertThat(registry.pipelines.search(FeatureSetQuery.all())).hasSize(1);
    }

    @Test
    void searchesByNameTagAndOwnerAcrossProjects() {
        Project bank = registry.project("bank");
        registry.pipelines.create(registry.ana, churn.id(), "Telco basics", "", List.of("telco"), definition);
        registry.pipelines.create(new Actor("bob"), bank.id(), "bank basics", "", List.of("bank", "baseline"),
                definition);
        assertThat(registry.pipelines.search(FeatureSetQuery.all().named("BASICS"))).extracting(FeatureSet::projectName)
                .containsExactlyInAnyOrder("churn", "bank");
        assertThat(registry.pipelines.search(FeatureSetQuery.all().tagged("baseline"))).extracting(FeatureSet::name)
                .containsExactly("bank basics");
        assertThat(registry.pipelines.search(FeatureSetQuery.all().ownedBy("ana").named("telco")))
                .extracting(FeatureSet::name).containsExactly("Telco basics");
        assertThat(registry.pipelines.search(FeatureSetQuery.all().named("%"))).isEmpty();
    }

    @Test
    void isReusedFromAnotherProjectAndSaysWhereItIsUsed() {
        Project bank = registry.project("bank");
        long setId = registry.pipelines.create(registry.ana, churn.id(), "basics", "", List.of(), definition)
                .featureSetId();
        long bankData = registry.datasetVersion(bank, "bank-full", 1);
        FittedPipeline fitted = registry.fitter.fit(definition, table, 1).pipeline();
        FeatureSetVersion version = registry.pipelines.saveFitted(registry.ana, setId, fitted, bankData);
        registry.store.materialise(registry.ana, version.id(), bankData, table, ProgressListener.ignoring(),
                CancellationToken.never());
        assertThat(registry.pipelines.usages(setId)).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo("feature_table");
            assertThat(u.projectName()).isEqualTo("bank");
            assertThat(u.versionNo()).isEqualTo(2);
        });
    }
}
