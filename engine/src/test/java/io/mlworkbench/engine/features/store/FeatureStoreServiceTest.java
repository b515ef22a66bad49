package io.mlworkbench.engine.features.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.features.FittedPipeline;
import io.mlworkbench.engine.features.PipelineDefinition;
import io.mlworkbench.engine.features.RegistryFixture;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.TestTables;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.ProgressListener;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeatureStoreServiceTest {

    private final RegistryFixture registry = new RegistryFixture();
    private final Project project = registry.project("churn");
    private final PipelineDefinition definition = PipelineDefinition.of(null, List.of(
            StepSpec.of("impute", "columns", List.of("spend")),
            StepSpec.of("derive", "name", "big", "expression", "spend > 10"))).withEntity("customer", "at");
    private final Table rows = TestTables.builder()
            .labels("customer", "c1", "c1", "c2")
            .numbers("at", ColumnType.DATETIME, millis("2024-01-01"), millis("2024-02-01"), millis("2024-01-15"))
            .numbers("spend", ColumnType.DECIMAL, 5, Double.NaN, 30)
            .build();
    private final long setId = registry.pipelines.create(registry.ana, project.id(), "spend", "", List.of(),
            definition).featureSetId();
    private final long data1 = registry.datasetVersion(project, "events", 1);

    private static double millis(String date) {
        return Instant.parse(date + "T00:00:00Z").toEpochMilli();
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private FeatureSetVersion fit() {
        FittedPipeline fitted = registry.fitter.fit(definition, rows, 1).pipeline();
        return registry.pipelines.saveFitted(registry.ana, setId, fitted, data1);
    }

    private long count(String table) {
        return registry.db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class)
                .one());
    }

    @Test
    void materialisesAFeatureTableWithLineageAndReadsTheSameRowsBack() {
        FeatureSetVersion version = fit();
        FeatureTable table = registry.store.materialise(registry.ana, version.id(), data1, rows,
                ProgressListener.ignoring(), CancellationToken.never());
        assertThat(table.pipelineVersionNo()).isEqualTo(2);
        assertThat(table.datasetVersionId()).isEqualTo(data1);
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.freshness().isCurrent()).isTrue();
        Table back = registry.store.read(table.id());
        Table expected = registry.pipelines.loadFitted(version.id()).transform(rows);
        assertThat(back.schema()).isEqualTo(expected.schema());
        for (int r = 0; r < rows.rowCount(); r++) {
            assertThat(TestTables.row(back, r)).isEqualTo(TestTables.row(expected, r));
        }
        assertThat(registry.store.materialise(registry.ana, version.id(), data1, rows, ProgressListener.ignoring(),
                CancellationToken.never()).id()).isEqualTo(table.id());
        assertThat(count("feature_table")).isEqualTo(1);
    }

    @Test
    void showsATableAsStaleOnceItsDatasetOrPipelineHasANewerVersion() {
        FeatureSetVersion version = fit();
        registry.store.materialise(registry.ana, version.id(), data1, rows, ProgressListener.ignoring(),
                CancellationToken.never());
        registry.datasetVersion(project, "events", 2);
        Freshness afterNewData = registry.store.list(setId).get(0).freshness();
        assertThat(afterNewData.newerDatasetVersion()).isTrue();
        assertThat(afterNewData.newerPipelineVersion()).isFalse();
        fit();
        assertThat(registry.store.list(setId).get(0).freshness().newerPipelineVersion()).isTrue();
    }

    @Test
    void storesNothingWhenCancelled() {
        FeatureSetVersion version = fit();
        long audits = registry.audit.count();
        assertThatThrownBy(() -> registry.store.materialise(registry.ana, version.id(), data1, rows,
                ProgressListener.ignoring(), () -> true)).isInstanceOf(OperationCancelledException.class);
        assertThat(count("feature_table")).isZero();
        assertThat(count("blob")).isZero();
        assertThat(registry.audit.count()).isEqualTo(audits);
    }

    @Test
    void joinsByTheDeclaredEntityKeyAndEventTime() {
        FeatureTable table = registry.store.materialise(registry.ana, fit().id(), data1, rows,
                ProgressListener.ignoring(), CancellationToken.never());
        Table labels = TestTables.builder()
                .labels("customer", "c1", "c1", "c2")
                .numbers("label_time", ColumnType.DATETIME, millis("2024-01-20"), millis("2024-03-01"),
                        millis("2024-01-10"))
                .build();
        Table joined = registry.store.joinAsOf(labels, "customer", "label_time", table.id(), Optional.empty());
        assertThat(TestTables.numbers(joined, "spend")).as("March sees the imputed February row").containsExactly(5, 17.5,
                Double.NaN);
    }
}
