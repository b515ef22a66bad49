package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PromotionGateTest {

    private final RegistryFixture f = new RegistryFixture();
    private final PromotionGate gate = new PromotionGate(new StoredValidationCheck(f.db.jdbi()),
            new LineageRepository(f.db.jdbi()));
    private final PromotionPolicy validationOnly = new PromotionPolicy(true, false, Optional.empty());
    private final PromotionPolicy improvementOnly = new PromotionPolicy(false, true, Optional.empty());

    @AfterEach
    void close() {
        f.close();
    }

    private ModelVersion version(Long datasetVersion, Map<String, Double> testMetrics) {
        return f.registry.registry().register(f.admin, "churn", f.run(datasetVersion, testMetrics), "", Map.of());
    }

    private GateCheck only(PromotionDecision decision) {
        assertThat(decision.checks()).hasSize(1);
        return decision.checks().get(0);
    }

    @Test
    void passesValidationWhenTheDatasetPassedItsSuite() {
        long dv = f.datasetVersion("churn", 3);
        f.validation(dv, "churn-rules", true);
        GateCheck check = only(gate.evaluate(version(dv, Map.of()), Optional.empty(), validationOnly));
        assertThat(check.passed()).isTrue();
        assertThat(check.reason()).isEqualTo("dataset churn v3 passed validation suite 'churn-rules' v1");
    }

    @Test
    void failsValidationWithoutAnyResult() {
        long dv = f.datasetVersion("churn", 3);
        GateCheck check = only(gate.evaluate(version(dv, Map.of()), Optional.empty(), validationOnly));
        assertThat(check.passed()).isFalse();
        assertThat(check.reason()).isEqualTo("dataset churn v3 has no validation result: run its validation suite"
                + " first");
    }

    @Test
    void failsValidationWhenTheLatestResultOfASuiteFailed() {
        long dv = f.datasetVersion("churn", 3);
        f.validation(dv, "churn-rules", true);
        f.validation(dv, "churn-rules", false);
        GateCheck check = only(gate.evaluate(version(dv, Map.of()), Optional.empty(), validationOnly));
        assertThat(check.passed()).isFalse();
        assertThat(check.reason()).isEqualTo("dataset churn v3 failed validation suite 'churn-rules' v1 in its"
                + " latest run");
    }

    @Test
    void aPassingRerunOverridesAnEarlierFailure() {
        long dv = f.datasetVersion("churn", 3);
        f.validation(dv, "churn-rules", false);
        f.validation(dv, "churn-rules", true);
        assertThat(only(gate.evaluate(version(dv, Map.of()), Optional.empty(), validationOnly)).passed()).isTrue();
    }

    @Test
    void failsValidationWhenTheRunRecordsNoDataset() {
        GateCheck check = only(gate.evaluate(version(null, Map.of()), Optional.empty(), validationOnly));
        assertThat(check.passed()).isFalse();
        assertThat(check.reason()).contains("has no recorded dataset version");
    }

    @Test
    void asksThePluggedInValidationCheck() {
        List<DatasetVersionRef> asked = new ArrayList<>();
        PromotionGate plugged = new PromotionGate(dataset -> {
            asked.add(dataset);
            return new ValidationVerdict(false, "suite service says: 3 rules failed");
        }, new LineageRepository(f.db.jdbi()));
        long dv = f.datasetVersion("churn", 2);
        f.validation(dv, "churn-rules", true);
        GateCheck check = only(plugged.evaluate(version(dv, Map.of()), Optional.empty(), validationOnly));
        assertThat(check).isEqualTo(new GateCheck("validation", false, "suite service says: 3 rules failed"));
        assertThat(asked).extracting(DatasetVersionRef::id).containsExactly(dv);
    }

    @Test
    void firstChampionHasNothingToBeat() {
        GateCheck check = only(gate.evaluate(version(null, Map.of("roc_auc", 0.81)), Optional.empty(),
                improvementOnly));
        assertThat(check.passed()).isTrue();
        assertThat(check.reason()).isEqualTo("there is no champion yet to beat (test roc_auc 0.8100)");
    }

    @Test
    void passesWhenTheCandidateBeatsTheChampion() {
        ModelVersion champion = version(null, Map.of("roc_auc", 0.81));
        ModelVersion candidate = version(null, Map.of("roc_auc", 0.84));
        GateCheck check = only(gate.evaluate(candidate, Optional.of(champion), improvementOnly));
        assertThat(check.passed()).isTrue();
        assertThat(check.reason()).isEqualTo("test roc_auc 0.8400 beats champion version 1's 0.8100 (higher is"
                + " better)");
    }

    @Test
    void failsWhenTheCandidateOnlyTies() {
        ModelVersion champion = version(null, Map.of("roc_auc", 0.81));
        ModelVersion candidate = version(null, Map.of("roc_auc", 0.81));
        assertThat(only(gate.evaluate(candidate, Optional.of(champion), improvementOnly)).passed()).isFalse();
    }

    @Test
    void comparesRegressionModelsOnR2() {
        ModelVersion champion = version(null, Map.of("r2", 0.70));
        ModelVersion candidate = version(null, Map.of("r2", 0.65));
        GateCheck check = only(gate.evaluate(candidate, Optional.of(champion), improvementOnly));
        assertThat(check.passed()).isFalse();
        assertThat(check.reason()).isEqualTo("test r2 0.6500 does not beat champion version 1's 0.7000 (higher is"
                + " better)");
    }

    @Test
    void usesTheLastStepOfAMetric() {
        ModelVersion champion = version(null, Map.of("roc_auc", 0.81));
        long run = f.run(null, Map.of());
        f.metric(run, "test", "roc_auc", 0, 0.70);
        f.metric(run, "test", "roc_auc", 5, 0.90);
        f.metric(run, "validation", "roc_auc", 5, 0.99);
        ModelVersion candidate = f.registry.registry().register(f.admin, "churn", run, "", Map.of());
        assertThat(only(gate.evaluate(candidate, Optional.of(champion), improvementOnly)).reason())
                .startsWith("test roc_auc 0.9000 beats");
    }

    @Test
    void aConfiguredErrorMetricMustGoDown() {
        PromotionPolicy rmse = new PromotionPolicy(false, true, Optional.of("rmse"));
        ModelVersion champion = version(null, Map.of("rmse", 3.0));
        ModelVersion candidate = version(null, Map.of("rmse", 2.5));
        GateCheck check = only(gate.evaluate(candidate, Optional.of(champion), rmse));
        assertThat(check.passed()).isTrue();
        assertThat(check.reason()).endsWith("(lower is better)");
    }

    @Test
    void failsWhenTheCandidateHasNoComparableMetric() {
        GateCheck check = only(gate.evaluate(version(null, Map.of("accuracy", 0.9)), Optional.empty(),
                improvementOnly));
        assertThat(check.passed()).isFalse();
        assertThat(check.reason()).isEqualTo("version 1 has no stored test metric roc_auc or r2 to compare; set the"
                + " promotion metric to one its run stored");
    }

    @Test
    void failsWhenTheChampionHasNoValueToCompare() {
        ModelVersion champion = version(null, Map.of("r2", 0.5));
        ModelVersion candidate = version(null, Map.of("roc_auc", 0.84));
        GateCheck check = only(gate.evaluate(candidate, Optional.of(champion), improvementOnly));
        assertThat(check.passed()).isFalse();
        assertThat(check.reason()).isEqualTo("champion version 1 has no stored test roc_auc to compare with");
    }

    @Test
    void aPolicyWithBothChecksOffAllowsEverything() {
        PromotionDecision decision = gate.evaluate(version(null, Map.of()), Optional.empty(),
                new PromotionPolicy(false, false, Optional.empty()));
        assertThat(decision.checks()).isEmpty();
        assertThat(decision.isAllowed()).isTrue();
    }

    @Test
    void reportsEveryFailedCheckTogether() {
        ModelVersion champion = version(null, Map.of("roc_auc", 0.9));
        ModelVersion candidate = version(f.datasetVersion("churn", 1), Map.of("roc_auc", 0.8));
        PromotionDecision decision = gate.evaluate(candidate, Optional.of(champion), PromotionPolicy.defaults());
        assertThat(decision.failures()).extracting(GateCheck::name).containsExactly("validation", "improvement");
        assertThat(decision.summary()).startsWith("validation: failed - dataset churn v1 has no validation result");
    }

    @Test
    void rejectsAMalformedPolicyMetric() {
        assertThatThrownBy(() -> new PromotionPolicy(true, true, Optional.of("ROC AUC")))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("Invalid promotion metric 'ROC AUC'");
    }
}
