package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineageRepositoryTest {

    private final RegistryFixture f = new RegistryFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void assemblesTheFullLineageFromTheRun() {
        long dv = f.datasetVersion("telco", 4);
        long pipelineVersion = f.db.inTransaction(h -> {
            long pipeline = h.createUpdate("INSERT INTO feature_pipeline (project_id, name, owner_login, created_at)"
                            + " VALUES ((SELECT MIN(id) FROM project), 'churn-features', 'ada', CURRENT_TIMESTAMP)")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return h.createUpdate("INSERT INTO feature_pipeline_version (pipeline_id, version_no, definition_json,"
                            + " created_by, created_at) VALUES (:p, 2, '{}', 'ada', CURRENT_TIMESTAMP)")
                    .bind("p", pipeline).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
        long run = f.run(dv, Map.of("roc_auc", 0.84));
        f.db.useTransaction(h -> h.createUpdate("UPDATE training_run SET pipeline_version_id = :p WHERE id = :r")
                .bind("p", pipelineVersion).bind("r", run).execute());
        f.metric(run, "train", "accuracy", 0, 0.91);
        ModelVersion v = f.registry.registry().register(f.admin, "churn", run, "", Map.of());

        ModelLineage lineage = f.registry.catalog().lineage(f.admin, ModelUri.parse("models:/churn/1"));

        assertThat(lineage.version()).isEqualTo(v);
        assertThat(lineage.runId()).isEqualTo(run);
        assertThat(lineage.projectName()).isEqualTo("churn");
        assertThat(lineage.experimentName()).isEqualTo("baseline");
        assertThat(lineage.algorithm()).isEqualTo("logistic-regression");
        assertThat(lineage.hyperparameters()).containsExactly(Map.entry("epochs", "5"),
                Map.entry("learning_rate", "0.1"), Map.entry("loss", "{\"kind\":\"log\"}"));
        assertThat(lineage.seed()).isEqualTo(42);
        assertThat(lineage.dataset()).hasValueSatisfying(d -> {
            assertThat(d.id()).isEqualTo(dv);
            assertThat(d.label()).isEqualTo("telco v4");
            assertThat(d.contentHash()).hasSize(64);
            assertThat(d.rowCount()).isEqualTo(7043);
        });
        assertThat(lineage.pipeline()).contains(new PipelineVersionRef(pipelineVersion, "churn-features", 2));
        assertThat(lineage.metrics()).containsExactly(new RunMetric("test", "roc_auc", 0, 0.84),
                new RunMetric("train", "accuracy", 0, 0.91));
        assertThat(lineage.metric("test", "roc_auc")).hasValue(0.84);
        assertThat(lineage.tribuoProvenance()).hasValueSatisfying(p -> assertThat(p).contains("LinearSGDModel"));
        assertThat(lineage.modelSha256()).hasValueSatisfying(s -> assertThat(s).hasSize(64));
        assertThat(lineage.trainedBy()).isEqualTo("tess");
        assertThat(lineage.finishedAt()).isPresent();
        assertThat(lineage.version().createdBy()).isEqualTo("ada");
    }

    @Test
    void leavesOutWhatTheRunDoesNotRecord() {
        long run = f.run(null, Map.of());
        f.registry.registry().register(f.admin, "churn", run, "", Map.of());
        ModelLineage lineage = f.registry.catalog().lineage(f.admin, ModelUri.parse("models:/churn/latest"));
        assertThat(lineage.dataset()).isEmpty();
        assertThat(lineage.pipeline()).isEmpty();
        assertThat(lineage.metrics()).isEmpty();
        assertThat(lineage.metric("test", "roc_auc")).isEmpty();
    }

    @Test
    void refusesHyperparametersThatAreNotAJsonObject() {
        long run = f.run(null, Map.of());
        f.registry.registry().register(f.admin, "churn", run, "", Map.of());
        f.db.useTransaction(h -> h.createUpdate("UPDATE training_run SET params_json = '[1, 2]' WHERE id = :r")
                .bind("r", run).execute());
        assertThatThrownBy(() -> f.registry.catalog().lineage(f.admin, ModelUri.parse("models:/churn/1")))
                .isInstanceOf(WorkbenchException.class)
                .hasMessage("Training run " + run + " stores hyperparameters as array (params_json): expected a JSON"
                        + " object of name to value");
    }
}
