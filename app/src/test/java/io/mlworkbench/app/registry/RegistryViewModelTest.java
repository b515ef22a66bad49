package io.mlworkbench.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.engine.access.AccessDeniedException;
import io.mlworkbench.engine.access.Role;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.registry.PromotionPolicy;
import io.mlworkbench.engine.registry.PromotionRefusedException;
import io.mlworkbench.engine.registry.VersionStatus;
import io.mlworkbench.engine.registry.VersionSummary;
import io.mlworkbench.engine.registry.bundle.BundleKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Registry step's view models over a real workspace with two finished runs, synchronously. */
class RegistryViewModelTest {

    @TempDir
    Path temp;

    private RegistryFixture fixture;
    private RegistryViewModels vm;

    @BeforeEach
    void openWorkspace() {
        fixture = new RegistryFixture(temp.resolve("ws"));
        vm = fixture.viewModels(fixture.session.actor());
        vm.refresh();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void registerBoth() {
        for (int i = 0; i < 2; i++) {
            int index = i;
            vm.register().runProperty().set(vm.register().runs().stream()
                    .filter(r -> r.runId() == fixture.runs[index]).findFirst().orElseThrow());
            vm.register().modelNameProperty().set("churn");
            vm.register().register();
        }
    }

    private VersionSummary select(int version) {
        VersionSummary chosen = vm.versions().versions().stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow();
        vm.versions().selectedProperty().set(chosen);
        return chosen;
    }

    @Test
    void emptyRegistrySaysWhatToDoNextAndLinksToTrain() {
        assertThat(vm.versions().versions()).isEmpty();
        assertThat(vm.versions().emptyProperty().get()).isTrue();
        assertThat(vm.versions().canOpen(LifecycleStep.TRAIN)).isTrue();
        vm.versions().open(LifecycleStep.TRAIN);
        assertThat(fixture.navigated).containsExactly(LifecycleStep.TRAIN);
        assertThat(fixture.dialogs.errors()).isEmpty();
    }

    @Test
    void theNewestRunIsOfferedWithANameFromItsTableUntilTheUserTypesOne() {
        RegisterRunViewModel register = vm.register();
        assertThat(register.runProperty().get()).isEqualTo(register.runs().get(0));
        assertThat(register.modelNameProperty().get()).isEqualTo(register.runs().get(0).suggestedModelName())
                .isNotBlank();

        register.modelNameProperty().set("my-model");
        register.runProperty().set(register.runs().get(register.runs().size() - 1));
        assertThat(register.modelNameProperty().get()).isEqualTo("my-model");
    }

    @Test
    void registeringRunsListsVersionsWithLineageCurvesAndTags() {
        vm.register().tagsProperty().set("team=growth, stage=test");
        registerBoth();
        assertThat(fixture.dialogs.errors()).isEmpty();
        assertThat(vm.versions().emptyProperty().get()).isFalse();
        assertThat(vm.versions().versions()).extracting(VersionSummary::version).containsExactlyInAnyOrder(1, 2);
        select(1);
        VersionDetail detail = vm.versions().detailProperty().get();
        assertThat(detail.lineage().runId()).isEqualTo(fixture.runs[0]);
        assertThat(detail.lineage().version().tags()).containsEntry("team", "growth").containsEntry("stage", "test");
        assertThat(detail.evaluation()).isPresent();
        assertThat(detail.origin()).isEmpty();
        assertThat(vm.versions().lineageTextProperty().get()).contains("Run " + fixture.runs[0], "decision_tree",
                "seed").doesNotContain("source workspace");
        assertThat(vm.versions().originTextProperty().get()).isEmpty();
        assertThat(vm.versions().links()).extracting(LineageLink::text, LineageLink::target).containsExactly(
                tuple("Run " + fixture.runs[0] + " in Train", Optional.of(LifecycleStep.TRAIN)),
                tuple("Compare runs", Optional.of(LifecycleStep.COMPARE)));
        assertThat(vm.versions().algorithms()).contains("decision_tree", "logistic_regression");
    }

    @Test
    void importedVersionNamesItsBundleAndShowsTheSourceLineageWithoutLinksToWhatIsNotHere() {
        Path bundle = temp.resolve("churn-v1.mlwb");
        long sourceRun = BundleSource.export(temp.resolve("colleague"), BundleSource.csv(temp.resolve("csv")), bundle,
                Optional.empty());
        vm.bundles().previewBundle(bundle);
        vm.bundles().importPending();
        select(1);

        VersionDetail detail = vm.versions().detailProperty().get();
        assertThat(fixture.dialogs.errors()).isEmpty();
        assertThat(detail.origin()).isPresent();
        String hash = detail.origin().orElseThrow().lineage().datasetHash();
        String trainer = detail.origin().orElseThrow().lineage().trainedBy();
        assertThat(vm.versions().originTextProperty().get().lines()).satisfiesExactly(
                bundleLine -> assertThat(bundleLine).matches("Imported from bundle churn-v1\\.mlwb, exported by "
                        + trainer + " at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ, not signed"),
                sourceLine -> assertThat(sourceLine).isEqualTo("Trained in the source workspace as models:/churn/1:"
                        + " run " + sourceRun + " by " + trainer + ", logistic_regression with seed "
                        + detail.lineage().seed() + ", on dataset points v1 (" + hash.substring(0, 12) + ", 120 rows),"
                        + " feature pipeline -"));
        assertThat(vm.versions().lineageTextProperty().get()).contains(
                "Recorded in the source workspace, where it is models:/churn/1",
                "Run " + sourceRun + " in churn / baseline", "Algorithm logistic_regression, seed",
                "Dataset points v1 (" + hash.substring(0, 12) + ", 120 rows); feature pipeline -",
                "Dataset content SHA-256 " + hash + " (120 rows)",
                "Stored in this workspace as run " + detail.lineage().runId())
                .doesNotContain("This workspace holds the same data");
        assertThat(vm.versions().links()).extracting(LineageLink::text, LineageLink::target).containsExactly(
                tuple("Run " + sourceRun + " (recorded in the source workspace)", Optional.empty()),
                tuple("Compare runs", Optional.of(LifecycleStep.COMPARE)),
                tuple("Dataset points v1 (" + hash.substring(0, 12) + ", 120 rows) (recorded in the source"
                        + " workspace)", Optional.empty()));
    }

    @Test
    void importedVersionLinksToTheDatasetWhenThisWorkspaceHoldsTheSameDataAndShowsItsSigner() {
        Path csv = BundleSource.csv(temp.resolve("csv"));
        Path bundle = temp.resolve("signed.mlwb");
        KeyPair key = BundleKeys.generate(temp.resolve("keys"));
        BundleSource.export(temp.resolve("colleague"), csv, bundle, Optional.of(key));
        BundleSource.importPoints(fixture.session, csv);
        RegistryViewModels withImport = fixture.viewModels(fixture.session.actor(), step -> true);
        withImport.refresh();
        withImport.bundles().previewBundle(bundle);
        withImport.bundles().importPending();
        withImport.versions().selectedProperty().set(withImport.versions().versions().get(0));

        assertThat(fixture.dialogs.errors()).isEmpty();
        assertThat(withImport.versions().originTextProperty().get().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("Imported from bundle signed.mlwb,")
                        .endsWith(", signed by key " + BundleKeys.fingerprint(key.getPublic())));
        assertThat(withImport.versions().lineageTextProperty().get())
                .contains("This workspace holds the same data: dataset points v1");
        assertThat(withImport.versions().links()).filteredOn(LineageLink::isLink)
                .extracting(LineageLink::text, LineageLink::target).containsExactly(
                        tuple("Compare runs", Optional.of(LifecycleStep.COMPARE)),
                        tuple("Dataset points v1 in Import", Optional.of(LifecycleStep.IMPORT)));
        withImport.versions().links().get(2).target().ifPresent(withImport.versions()::open);
        assertThat(fixture.navigated).containsExactly(LifecycleStep.IMPORT);
    }

    @Test
    void malformedTagsAndMissingNameAreReportedWithoutRegistering() {
        vm.register().modelNameProperty().set("");
        vm.register().register();
        assertThat(vm.register().errorProperty().get()).contains("model name");
        vm.register().modelNameProperty().set("churn");
        vm.register().tagsProperty().set("team=growth, oops");
        vm.register().register();
        assertThat(vm.register().errorProperty().get()).isEqualTo("Tag \"oops\" is not name=text");
        assertThat(vm.versions().versions()).isEmpty();
    }

    @Test
    void aliasMoveShowsWhatChangesAndNeedsAReason() {
        registerBoth();
        select(2);
        vm.actions().aliasProperty().set("challenger");
        vm.actions().previewMove();
        var move = vm.actions().pendingMoveProperty().get();
        assertThat(move.toVersion()).isEqualTo(2);
        assertThat(vm.actions().describe(move)).contains("churn@challenger: (not set) \u2192 v2");
        assertThat(vm.actions().confirmMove()).isFalse();
        assertThat(vm.actions().moveErrorProperty().get()).startsWith("Give a reason");
        assertThat(vm.actions().pendingMoveProperty().get()).isNotNull();
        vm.actions().reasonProperty().set("better recall on test");
        assertThat(vm.actions().confirmMove()).isTrue();
        assertThat(fixture.dialogs.errors()).isEmpty();
        assertThat(select(2).aliases()).containsExactly("challenger");
        vm.audit().actionPrefixProperty().set("model.alias.");
        vm.audit().refresh();
        assertThat(vm.audit().entries()).extracting(AuditEntry::detailsJson)
                .anySatisfy(json -> assertThat(json).contains("better recall on test"));
    }

    @Test
    void championMoveRefusedByTheGateShowsEachCheckAndTheEngineMessage() {
        registerBoth();
        select(2);
        vm.actions().previewMove();
        var move = vm.actions().pendingMoveProperty().get();
        assertThat(move.decision().isAllowed()).isFalse();
        assertThat(vm.actions().canConfirm(move)).isFalse();
        assertThat(vm.actions().describe(move)).contains("\u2717 validation");
        vm.actions().reasonProperty().set("try");
        vm.actions().confirmMove();
        assertThat(fixture.dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.failure()).isInstanceOf(PromotionRefusedException.class));
        assertThat(vm.actions().moveErrorProperty().get()).contains("Cannot move 'champion'");
        fixture.session.registryServices().registry().aliases().updatePolicy(fixture.session.actor(),
                new PromotionPolicy(false, false, Optional.empty()));
        vm.actions().previewMove();
        assertThat(vm.actions().describe(vm.actions().pendingMoveProperty().get())).doesNotContain("\u2717");
        assertThat(vm.actions().canConfirm(vm.actions().pendingMoveProperty().get())).isTrue();
        vm.actions().reasonProperty().set("beats v1");
        vm.actions().confirmMove();
        vm.versions().aliasFilterProperty().set("champion");
        assertThat(vm.versions().versions()).extracting(VersionSummary::version).containsExactly(2);
    }

    @Test
    void viewerIsRefusedWithTheAccessMessage() {
        registerBoth();
        fixture.session.registryServices().registry().members().grant(fixture.session.actor(), "vic", Role.VIEWER);
        RegistryViewModels viewer = fixture.viewModels(new Actor("vic"));
        viewer.refresh();
        viewer.versions().selectedProperty().set(viewer.versions().versions().get(0));
        viewer.actions().aliasProperty().set("challenger");
        viewer.actions().previewMove();
        viewer.actions().reasonProperty().set("why not");
        viewer.actions().confirmMove();
        assertThat(fixture.dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.failure()).isInstanceOf(AccessDeniedException.class));
        assertThat(viewer.members().adminProperty().get()).isFalse();
    }

    @Test
    void archiveAsksFirstAndTheStatusFilterFindsIt() {
        registerBoth();
        select(1);
        fixture.dialogs.answerNextConfirmation(false);
        vm.actions().archive();
        assertThat(select(1).status()).isEqualTo(VersionStatus.ACTIVE);
        vm.actions().archive();
        assertThat(fixture.dialogs.confirmations()).containsExactly("Archive models:/churn/1?",
                "Archive models:/churn/1?");
        vm.versions().statusFilterProperty().set(VersionStatus.ARCHIVED);
        assertThat(vm.versions().versions()).extracting(VersionSummary::version).containsExactly(1);
        assertThat(VersionActionsViewModel.isArchived(vm.versions().versions().get(0))).isTrue();
        select(1);
        vm.actions().restore();
        assertThat(vm.versions().versions()).isEmpty();
    }

    @Test
    void auditFiltersByActorActionAndObject() {
        registerBoth();
        String me = fixture.session.actor().login();
        vm.audit().actorProperty().set(me);
        vm.audit().actionPrefixProperty().set("model");
        vm.audit().objectPrefixProperty().set("models:/churn/2");
        vm.audit().refresh();
        assertThat(vm.audit().entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(me);
            assertThat(e.action()).startsWith("model");
            assertThat(e.objectRef()).startsWith("models:/churn/2");
        });
        vm.audit().actorProperty().set("nobody");
        vm.audit().refresh();
        assertThat(vm.audit().entries()).isEmpty();
    }

    @Test
    void adminGrantsChangesAndRevokesButTheLastAdminStays() {
        assertThat(vm.members().adminProperty().get()).isTrue();
        vm.members().loginProperty().set("bob");
        vm.members().roleProperty().set(Role.EDITOR);
        vm.members().grant();
        assertThat(vm.members().members()).anySatisfy(m -> {
            assertThat(m.login()).isEqualTo("bob");
            assertThat(m.role()).isEqualTo(Role.EDITOR);
        });
        vm.members().revoke(vm.members().members().stream().filter(m -> m.login().equals("bob")).findFirst()
                .orElseThrow());
        assertThat(vm.members().members()).noneMatch(m -> m.login().equals("bob"));
        vm.members().revoke(vm.members().members().get(0));
        assertThat(fixture.dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.failure().getMessage()).containsIgnoringCase("last admin"));
    }

    @Test
    void damagedBundleIsRefusedAndCannotBeImported() throws Exception {
        Path file = temp.resolve("broken.mlwb");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0});
        vm.bundles().previewBundle(file);
        assertThat(vm.bundles().previewProperty().get()).startsWith("Refused:").contains("truncated");
        assertThat(vm.bundles().pendingBundleProperty().get()).isNull();
        assertThat(fixture.dialogs.errors()).hasSize(1);
    }

    @Test
    void exportedBundleIsPreviewedThenImportedAsANewVersion() {
        registerBoth();
        assertThat(exportAndPreview(1, "churn-v1.mlwb")).contains("Bundle of churn v1", "Not signed", "label",
                "Checks passed");
        vm.bundles().importPending();
        assertThat(fixture.dialogs.errors()).isEmpty();
        assertThat(vm.bundles().pendingBundleProperty().get()).isNull();
        assertThat(vm.versions().versions()).hasSize(3);
    }

    @Test
    void exportOfALinearModelIncludesOnnxUnlessUntickedAndThePreviewSaysSo() {
        registerBoth();
        assertThat(exportAndPreview(2, "with-onnx.mlwb")).contains("ONNX: model.onnx, input input FP32 [-1, ",
                "output: probabilities of");
        vm.bundles().includeOnnxProperty().set(false);
        assertThat(exportAndPreview(2, "without-onnx.mlwb"))
                .contains("ONNX: not included (ONNX export was not requested");
        assertThat(fixture.dialogs.errors()).isEmpty();
    }

    @Test
    void previewOfATreeModelBundleSaysWhyItHasNoOnnx() {
        registerBoth();
        assertThat(exportAndPreview(1, "tree.mlwb")).contains("ONNX: not included (ONNX export is available for"
                + " linear models only", "Decision tree");
    }

    private String exportAndPreview(int version, String fileName) {
        Path file = temp.resolve(fileName);
        vm.bundles().export(select(version), file);
        vm.bundles().previewBundle(file);
        return vm.bundles().previewProperty().get();
    }

    @Test
    void fileThatIsNotABundleIsNotOpened() {
        vm.bundles().previewBundle(temp.resolve("data.csv"));
        assertThat(fixture.dialogs.notifications()).containsExactly("data.csv is not a .mlwb bundle");
        assertThat(vm.bundles().pendingBundleProperty().get()).isNull();
    }
}
