package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.AuditEntry;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelRegistryServiceTest {

    private final RegistryFixture f = new RegistryFixture();
    private final ModelRegistryService service = f.registry.registry();

    @AfterEach
    void close() {
        f.close();
    }

    private ModelVersion register(String model) {
        return service.register(f.admin, model, f.run(null, Map.of()), "", Map.of());
    }

    @Test
    void numbersVersionsFromOnePerModel() {
        assertThat(register("churn").version()).isEqualTo(1);
        assertThat(register("churn").version()).isEqualTo(2);
        assertThat(register("fraud").version()).isEqualTo(1);
        assertThat(register("churn").version()).isEqualTo(3);
    }

    @Test
    void neverReusesANumberAfterTheNewestVersionIsDeleted() {
        register("churn");
        ModelVersion second = register("churn");
        service.deleteVersion(f.admin, second.uri(), "mistake");
        register("churn");
        assertThat(register("churn").version()).isEqualTo(3);
    }

    @Test
    void storesRunDescriptionTagsAndWho() {
        long run = f.run(null, Map.of());
        ModelVersion v = service.register(f.admin, "churn", run, "first try", Map.of("team", "risk"));
        assertThat(v.runId()).hasValue(run);
        assertThat(v.description()).isEqualTo("first try");
        assertThat(v.tags()).containsExactly(Map.entry("team", "risk"));
        assertThat(v.createdBy()).isEqualTo("ada");
        assertThat(v.status()).isEqualTo(VersionStatus.ACTIVE);
        assertThat(f.registry.resolver().resolve("models:/churn/1")).isEqualTo(v);
    }

    @Test
    void auditsModelCreationAndRegistrationInOrder() {
        long run = f.run(null, Map.of());
        service.register(f.admin, "churn", run, "d", Map.of("team", "risk"));
        assertThat(f.auditActions("model.")).extracting(AuditEntry::action, AuditEntry::objectRef)
                .containsExactly(tuple("model.version.register", "models:/churn/1"),
                        tuple("model.create", "models:/churn"));
        assertThat(f.auditActions("model.version.register").get(0).detailsJson())
                .isEqualTo("{\"run\":" + run + ",\"description\":\"d\",\"tags\":{\"team\":\"risk\"}}");
    }

    @Test
    void refusesAnUnknownRun() {
        assertThatThrownBy(() -> service.register(f.admin, "churn", 999, "", Map.of()))
                .isInstanceOf(WorkbenchException.class)
                .hasMessage("No training run with id 999 in this workspace: register the id of a finished run");
        assertThat(f.auditActions("model.")).isEmpty();
    }

    @Test
    void refusesARunThatIsStillRunning() {
        long run = f.runWithStatus("running", false, null);
        assertThatThrownBy(() -> service.register(f.admin, "churn", run, "", Map.of()))
                .hasMessage("Training run " + run + " is running: only a finished run's model can be registered");
    }

    @Test
    void refusesAFinishedRunWithoutAModel() {
        long run = f.runWithStatus("finished", false, null);
        assertThatThrownBy(() -> service.register(f.admin, "churn", run, "", Map.of()))
                .hasMessageContaining("finished without a stored model");
        int models = f.db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM registered_model")
                .mapTo(Integer.class).one());
        assertThat(models).isZero();
    }

    @Test
    void refusesAnInvalidModelName() {
        assertThatThrownBy(() -> register("churn model"))
                .isInstanceOf(InvalidModelUriException.class)
                .hasMessageContaining("Invalid model name 'churn model'");
    }

    @Test
    void refusesAnInvalidTagName() {
        long run = f.run(null, Map.of());
        assertThatThrownBy(() -> service.register(f.admin, "churn", run, "", Map.of("bad tag", "x")))
                .hasMessageContaining("Invalid tag name 'bad tag'");
    }

    @Test
    void setsReplacesAndRemovesTagsWithAudit() {
        ModelVersion v = register("churn");
        service.setTag(f.admin, v.uri(), "team", "risk");
        assertThat(service.setTag(f.admin, v.uri(), "team", "growth").tags()).containsEntry("team", "growth");
        assertThat(service.removeTag(f.admin, v.uri(), "team").tags()).isEmpty();
        assertThat(f.auditActions("model.version.tag")).extracting(AuditEntry::action)
                .containsExactly("model.version.tag.remove", "model.version.tag.set", "model.version.tag.set");
    }

    @Test
    void removingAMissingTagWritesNoAudit() {
        ModelVersion v = register("churn");
        long before = f.audit.count();
        service.removeTag(f.admin, v.uri(), "absent");
        assertThat(f.audit.count()).isEqualTo(before);
    }

    @Test
    void archiveAndRestoreFlipTheStatusWithAReason() {
        ModelVersion v = register("churn");
        assertThat(service.archive(f.admin, v.uri(), "superseded").status()).isEqualTo(VersionStatus.ARCHIVED);
        assertThat(service.restore(f.admin, v.uri(), "needed again").status()).isEqualTo(VersionStatus.ACTIVE);
        assertThat(f.auditActions("model.version.")).extracting(AuditEntry::action).startsWith(
                "model.version.restore", "model.version.archive");
        assertThat(f.auditActions("model.version.archive").get(0).detailsJson())
                .isEqualTo("{\"reason\":\"superseded\"}");
    }

    @Test
    void archivingTwiceChangesNothingTheSecondTime() {
        ModelVersion v = register("churn");
        service.archive(f.admin, v.uri(), "old");
        long before = f.audit.count();
        service.archive(f.admin, v.uri(), "old");
        assertThat(f.audit.count()).isEqualTo(before);
    }

    @Test
    void refusesToArchiveAVersionAnAliasPointsAt() {
        ModelVersion v = register("churn");
        f.registry.aliases().move(f.admin, v.uri(), AliasName.CHALLENGER, "try it");
        assertThatThrownBy(() -> service.archive(f.admin, v.uri(), "old"))
                .hasMessage("Version models:/churn/1 cannot be archived while alias 'challenger' points at it."
                        + " Move or remove the alias first.");
        assertThat(f.registry.resolver().resolve(v.uri()).status()).isEqualTo(VersionStatus.ACTIVE);
    }

    @Test
    void deletesAVersionWithItsTags() {
        long run = f.run(null, Map.of());
        ModelVersion v = service.register(f.admin, "churn", run, "", Map.of("team", "risk"));
        service.deleteVersion(f.admin, v.uri(), "registered by mistake");
        assertThatThrownBy(() -> f.registry.resolver().resolve(v.uri())).isInstanceOf(ModelNotFoundException.class);
        assertThat(f.auditActions("model.version.delete").get(0).detailsJson())
                .isEqualTo("{\"reason\":\"registered by mistake\",\"run\":" + run + "}");
    }

    @Test
    void refusesToDeleteAVersionAnAliasPointsAt() {
        ModelVersion v = register("churn");
        f.registry.aliases().move(f.admin, v.uri(), AliasName.CHALLENGER, "try it");
        assertThatThrownBy(() -> service.deleteVersion(f.admin, v.uri(), "x"))
                .hasMessageContaining("cannot be deleted while alias 'challenger' points at it");
    }

    @Test
    void refusesToDeleteAVersionThatServedPredictions() {
        ModelVersion v = register("churn");
        f.db.useTransaction(h -> h.createUpdate("INSERT INTO prediction_log (model_version_id, received_at,"
                        + " latency_micros, features_json, prediction_json) VALUES (:v, :at, 10, '[]', '1')")
                .bind("v", v.id()).bind("at", OffsetDateTime.now()).execute());
        assertThatThrownBy(() -> service.deleteVersion(f.admin, v.uri(), "x"))
                .hasMessage("Version models:/churn/1 cannot be deleted: 1 logged predictions or drift reports refer"
                        + " to it. Archive it instead.");
    }

    @Test
    void deletesAModelOnlyWhenItHasNoVersions() {
        ModelVersion v = register("churn");
        register("churn");
        assertThatThrownBy(() -> service.deleteModel(f.admin, "churn", "x"))
                .hasMessage("Model 'churn' cannot be deleted: it still has versions 2, 1. Delete or archive them"
                        + " first.");
        service.deleteVersion(f.admin, v.uri(), "x");
        service.deleteVersion(f.admin, ModelUri.ofVersion("churn", 2), "x");
        service.deleteModel(f.admin, "churn", "retired");
        assertThatThrownBy(() -> f.registry.resolver().model("churn")).isInstanceOf(ModelNotFoundException.class);
        assertThat(f.auditActions("model.delete")).singleElement()
                .satisfies(e -> assertThat(e.objectRef()).isEqualTo("models:/churn"));
    }

    @Test
    void historyListsOneModelsAuditTrailNewestFirstEvenAfterItsDeletion() {
        ModelVersion v = register("churn");
        register("churn2");
        f.registry.aliases().move(f.admin, v.uri(), AliasName.CHALLENGER, "try");
        f.registry.aliases().remove(f.admin, "churn", AliasName.CHALLENGER, "done");
        service.deleteVersion(f.admin, v.uri(), "x");
        service.deleteModel(f.admin, "churn", "gone");
        assertThat(f.registry.catalog().history(f.admin, "churn", 10)).extracting(AuditEntry::action)
                .containsExactly("model.delete", "model.version.delete", "model.alias.remove", "model.alias.move",
                        "model.version.register", "model.create");
        assertThat(f.registry.catalog().history(f.admin, "churn", 2)).hasSize(2);
    }
}
