package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.AuditEntry;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelAliasServiceTest {

    private final RegistryFixture f = new RegistryFixture();
    private final ModelAliasService aliases = f.registry.aliases();

    @AfterEach
    void close() {
        f.close();
    }

    private ModelVersion register() {
        return f.registry.registry().register(f.admin, "churn", f.run(null, Map.of()), "", Map.of());
    }

    private ModelAlias challenger() {
        return f.registry.catalog().aliases(f.admin, "churn").stream()
                .filter(a -> a.alias().equals(AliasName.CHALLENGER)).findFirst().orElseThrow();
    }

    @Test
    void movesANewAliasAndRecordsWhoWhenAndWhy() {
        ModelVersion v1 = register();
        AliasMove move = aliases.move(f.admin, v1.uri(), AliasName.CHALLENGER, "  best on validation  ");
        assertThat(move.fromVersion()).isEmpty();
        assertThat(move.toVersion()).isEqualTo(1);
        assertThat(move.changes()).isTrue();
        ModelAlias alias = challenger();
        assertThat(alias.version()).isEqualTo(1);
        assertThat(alias.movedBy()).isEqualTo("ada");
        assertThat(alias.reason()).isEqualTo("best on validation");
        assertThat(f.registry.resolver().resolve("models:/churn@challenger").id()).isEqualTo(v1.id());
    }

    @Test
    void auditsEachMoveWithOldAndNewVersionAndReason() {
        ModelVersion v1 = register();
        ModelVersion v2 = register();
        aliases.move(f.admin, v1.uri(), AliasName.CHALLENGER, "first");
        AliasMove move = aliases.move(f.admin, v2.uri(), AliasName.CHALLENGER, "second is better");
        assertThat(move.fromVersion()).hasValue(1);
        AuditEntry last = f.auditActions("model.alias.move").get(0);
        assertThat(last.objectType()).isEqualTo("model_alias");
        assertThat(last.objectRef()).isEqualTo("models:/churn@challenger");
        assertThat(last.detailsJson()).isEqualTo("{\"from\":1,\"to\":2,\"reason\":\"second is better\",\"checks\":[]}");
    }

    @Test
    void canTargetAnotherAliasOrTheLatestVersion() {
        register();
        ModelVersion v2 = register();
        aliases.move(f.admin, ModelUri.latest("churn"), AliasName.CHALLENGER, "newest");
        aliases.move(f.admin, ModelUri.parse("models:/churn@challenger"), new AliasName("shadow"), "mirror it");
        assertThat(f.registry.resolver().resolve("models:/churn@shadow").id()).isEqualTo(v2.id());
    }

    @Test
    void movingToTheCurrentTargetChangesNothing() {
        ModelVersion v1 = register();
        aliases.move(f.admin, v1.uri(), AliasName.CHALLENGER, "first");
        long before = f.audit.count();
        AliasMove again = aliases.move(f.admin, v1.uri(), AliasName.CHALLENGER, "again");
        assertThat(again.changes()).isFalse();
        assertThat(f.audit.count()).isEqualTo(before);
        assertThat(challenger().reason()).isEqualTo("first");
    }

    @Test
    void requiresAReason() {
        ModelVersion v1 = register();
        assertThatThrownBy(() -> aliases.move(f.admin, v1.uri(), AliasName.CHALLENGER, " "))
                .isInstanceOf(WorkbenchException.class)
                .hasMessage("A reason is needed to move alias 'challenger' of model 'churn': it is recorded with the"
                        + " alias and in the audit log");
    }

    @Test
    void archivedVersionsTakeNoAlias() {
        ModelVersion v1 = register();
        f.registry.registry().archive(f.admin, v1.uri(), "old");
        assertThatThrownBy(() -> aliases.move(f.admin, v1.uri(), AliasName.CHALLENGER, "x"))
                .hasMessage("Version models:/churn/1 is archived, and archived versions take no aliases: restore it"
                        + " before pointing 'challenger' at it");
    }

    @Test
    void aFailureMidMoveLeavesTheOldAliasInPlace() {
        ModelVersion v1 = register();
        ModelVersion v2 = register();
        aliases.move(f.admin, v1.uri(), AliasName.CHALLENGER, "first");
        // The alias row is written before the audit line; make that audit insert fail after it.
        f.db.useTransaction(h -> h.execute("ALTER TABLE audit_log ADD CONSTRAINT no_second_move"
                + " CHECK (details_json NOT LIKE '%second%')"));
        assertThatThrownBy(() -> aliases.move(f.admin, v2.uri(), AliasName.CHALLENGER, "second"))
                .hasMessageContaining("NO_SECOND_MOVE");
        ModelAlias alias = challenger();
        assertThat(alias.version()).isEqualTo(1);
        assertThat(alias.reason()).isEqualTo("first");
    }

    @Test
    void previewShowsTheChangeWithoutMakingIt() {
        ModelVersion v1 = register();
        ModelVersion v2 = register();
        aliases.move(f.admin, v1.uri(), AliasName.CHALLENGER, "first");
        long before = f.audit.count();
        AliasMove preview = aliases.preview(f.admin, v2.uri(), AliasName.CHALLENGER);
        assertThat(preview.fromVersion()).hasValue(1);
        assertThat(preview.toVersion()).isEqualTo(2);
        assertThat(preview.changes()).isTrue();
        assertThat(challenger().version()).isEqualTo(1);
        assertThat(f.audit.count()).isEqualTo(before);
    }

    @Test
    void removesAnAliasWithAuditedReason() {
        ModelVersion v1 = register();
        aliases.move(f.admin, v1.uri(), AliasName.CHALLENGER, "first");
        ModelAlias removed = aliases.remove(f.admin, "churn", AliasName.CHALLENGER, "experiment over");
        assertThat(removed.version()).isEqualTo(1);
        assertThat(f.registry.catalog().aliases(f.admin, "churn")).isEmpty();
        assertThat(f.auditActions("model.alias.remove").get(0).detailsJson())
                .isEqualTo("{\"from\":1,\"reason\":\"experiment over\"}");
    }

    @Test
    void removingAMissingAliasSaysSo() {
        register();
        assertThatThrownBy(() -> aliases.remove(f.admin, "churn", AliasName.CHALLENGER, "x"))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessage("Model 'churn' has no alias 'challenger' to remove");
    }

    @Test
    void championMoveIsGatedAndItsChecksAreAudited() {
        ModelVersion v1 = f.registerValidated("churn", 0.80);
        AliasMove move = aliases.move(f.admin, v1.uri(), AliasName.CHAMPION, "first champion");
        assertThat(move.decision().checks()).extracting(GateCheck::name).containsExactly("validation", "improvement");
        assertThat(f.auditActions("model.alias.move").get(0).detailsJson())
                .contains("\"checks\":[{\"check\":\"validation\",\"passed\":true,")
                .contains("{\"check\":\"improvement\",\"passed\":true,\"reason\":\"there is no champion yet to beat"
                        + " (test roc_auc 0.8000)\"}");
    }

    @Test
    void refusedChampionMoveChangesNothing() {
        ModelVersion v1 = f.registerValidated("churn", 0.80);
        ModelVersion v2 = f.registerValidated("churn", 0.75);
        aliases.move(f.admin, v1.uri(), AliasName.CHAMPION, "first champion");
        long before = f.audit.count();
        assertThatThrownBy(() -> aliases.move(f.admin, v2.uri(), AliasName.CHAMPION, "try"))
                .isInstanceOfSatisfying(PromotionRefusedException.class,
                        e -> assertThat(e.move().decision().isAllowed()).isFalse())
                .hasMessage("Cannot move 'champion' of model 'churn' to version 2: improvement - test roc_auc 0.7500"
                        + " does not beat champion version 1's 0.8000 (higher is better). Nothing was changed.");
        assertThat(f.registry.resolver().resolve("models:/churn@champion").version()).isEqualTo(1);
        assertThat(f.audit.count()).isEqualTo(before);
    }

    @Test
    void adminEditsThePolicyAndTheEditIsAudited() {
        assertThat(aliases.policy(f.admin)).isEqualTo(PromotionPolicy.defaults());
        PromotionPolicy relaxed = new PromotionPolicy(false, true, Optional.of("accuracy"));
        aliases.updatePolicy(f.admin, relaxed);
        assertThat(aliases.policy(f.admin)).isEqualTo(relaxed);
        assertThat(f.auditActions("model.policy.update").get(0).detailsJson()).isEqualTo(
                "{\"from\":{\"requireValidation\":true,\"requireImprovement\":true,\"metric\":null},"
                        + "\"to\":{\"requireValidation\":false,\"requireImprovement\":true,\"metric\":\"accuracy\"}}");
    }
}
