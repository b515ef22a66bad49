package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.access.AccessDeniedException;
import io.mlworkbench.engine.access.Role;
import io.mlworkbench.engine.audit.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StageServiceTest {

    private final RegistryFixture f = new RegistryFixture();
    private final StageService stages = f.registry.stages();

    @AfterEach
    void close() {
        f.close();
    }

    private Stage stageOf(ModelVersion v) {
        return f.registry.catalog().stage(f.admin, v.uri());
    }

    @Test
    void aFreshVersionHasNoStage() {
        assertThat(stageOf(f.registerValidated("churn", 0.8))).isEqualTo(Stage.NONE);
    }

    @Test
    void stagingMeansChallengerAndProductionMeansChampion() {
        ModelVersion v = f.registerValidated("churn", 0.8);
        assertThat(stages.moveToStage(f.admin, v.uri(), Stage.STAGING, "try it")).isEqualTo(Stage.STAGING);
        assertThat(f.registry.resolver().resolve("models:/churn@challenger").id()).isEqualTo(v.id());
        assertThat(stages.moveToStage(f.admin, v.uri(), Stage.PRODUCTION, "ship it")).isEqualTo(Stage.PRODUCTION);
        assertThat(f.registry.resolver().resolve("models:/churn@champion").id()).isEqualTo(v.id());
        assertThat(f.registry.catalog().aliases(f.admin, "churn")).extracting(a -> a.alias().value())
                .containsExactly("champion");
    }

    @Test
    void archivedStageRemovesStageAliasesAndArchives() {
        ModelVersion v = f.registerValidated("churn", 0.8);
        stages.moveToStage(f.admin, v.uri(), Stage.PRODUCTION, "ship it");
        assertThat(stages.moveToStage(f.admin, v.uri(), Stage.ARCHIVED, "retired")).isEqualTo(Stage.ARCHIVED);
        assertThat(f.registry.catalog().aliases(f.admin, "churn")).isEmpty();
        assertThat(f.registry.resolver().resolve(v.uri()).isArchived()).isTrue();
    }

    @Test
    void noneRestoresAnArchivedVersion() {
        ModelVersion v = f.registerValidated("churn", 0.8);
        stages.moveToStage(f.admin, v.uri(), Stage.ARCHIVED, "retired");
        assertThat(stages.moveToStage(f.admin, v.uri(), Stage.NONE, "back")).isEqualTo(Stage.NONE);
        assertThat(f.registry.resolver().resolve(v.uri()).isArchived()).isFalse();
    }

    @Test
    void productionIsGatedLikeAChampionMove() {
        ModelVersion v1 = f.registerValidated("churn", 0.8);
        ModelVersion v2 = f.registerValidated("churn", 0.7);
        stages.moveToStage(f.admin, v2.uri(), Stage.STAGING, "try it");
        stages.moveToStage(f.admin, v1.uri(), Stage.PRODUCTION, "ship it");
        assertThatThrownBy(() -> stages.moveToStage(f.admin, v2.uri(), Stage.PRODUCTION, "ship it"))
                .isInstanceOf(PromotionRefusedException.class);
        assertThat(stageOf(v2)).isEqualTo(Stage.STAGING);
    }

    @Test
    void anEditorCannotLeaveProductionBecauseThatMovesChampion() {
        ModelVersion v = f.registerValidated("churn", 0.8);
        stages.moveToStage(f.admin, v.uri(), Stage.PRODUCTION, "ship it");
        Actor eddie = f.member("eddie", Role.EDITOR);
        assertThatThrownBy(() -> stages.moveToStage(eddie, v.uri(), Stage.STAGING, "demote"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stageOf(v)).isEqualTo(Stage.PRODUCTION);
        assertThat(f.registry.catalog().aliases(f.admin, "churn")).extracting(a -> a.alias().value())
                .containsExactly("champion");
    }
}
