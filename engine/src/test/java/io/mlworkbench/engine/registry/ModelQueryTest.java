package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.access.Role;
import io.mlworkbench.engine.audit.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelQueryTest {

    private final RegistryFixture f = new RegistryFixture();
    private Actor eve;

    @BeforeEach
    void seed() {
        eve = f.member("eve", Role.EDITOR);
        f.registry.aliases().updatePolicy(f.admin, new PromotionPolicy(false, false, Optional.empty()));
        register(f.admin, "churn", Map.of("roc_auc", 0.80), Map.of("team", "risk"));
        register(eve, "churn", Map.of("roc_auc", 0.86), Map.of("team", "growth"));
        register(f.admin, "churn", Map.of("roc_auc", 0.83), Map.of());
        long xgboost = f.run(null, Map.of("r2", 0.71));
        f.db.useTransaction(h -> h.execute("UPDATE training_run SET algorithm = 'xgboost' WHERE id = " + xgboost));
        f.registry.registry().register(eve, "house_prices", xgboost, "", Map.of("team", "risk"));
        register(f.admin, "fraud_eu", Map.of(), Map.of());
        f.registry.aliases().move(f.admin, ModelUri.parse("models:/churn/2"), AliasName.CHAMPION, "best");
        f.registry.aliases().move(f.admin, ModelUri.parse("models:/churn/3"), AliasName.CHALLENGER, "next");
        f.registry.registry().archive(f.admin, ModelUri.parse("models:/churn/1"), "old");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void register(Actor actor, String model, Map<String, Double> metrics, Map<String, String> tags) {
        f.registry.registry().register(actor, model, f.run(null, metrics), "", tags);
    }

    private ModelSearchResult search(ModelQuery query) {
        return f.registry.catalog().search(f.admin, query);
    }

    private static java.util.List<String> uris(ModelSearchResult result) {
        return result.versions().stream().map(v -> v.uri().toString()).toList();
    }

    @Test
    void listsEveryVersionByModelNameThenNewestFirst() {
        ModelSearchResult all = search(ModelQuery.all());
        assertThat(uris(all)).containsExactly("models:/churn/3", "models:/churn/2", "models:/churn/1",
                "models:/fraud_eu/1", "models:/house_prices/1");
        assertThat(all.totalVersions()).isEqualTo(5);
        assertThat(all.models()).extracting(ModelSummary::name).containsExactly("churn", "fraud_eu", "house_prices");
    }

    @Test
    void summarisesEachModel() {
        ModelSummary churn = search(ModelQuery.all()).models().get(0);
        assertThat(churn.matchingVersions()).isEqualTo(3);
        assertThat(churn.latestVersion()).isEqualTo(3);
        assertThat(churn.aliases()).containsExactlyInAnyOrderEntriesOf(Map.of("champion", 2, "challenger", 3));
        assertThat(churn.best()).hasValueSatisfying(best -> {
            assertThat(best.version()).isEqualTo(2);
            assertThat(best.testMetric()).contains(new MetricValue("roc_auc", 0.86));
        });
        assertThat(search(ModelQuery.all().withNameContaining("house")).models().get(0).best()
                .flatMap(VersionSummary::testMetric)).contains(new MetricValue("r2", 0.71));
    }

    @Test
    void showsAliasesAndMetricOnVersionRows() {
        VersionSummary v2 = search(ModelQuery.all()).versions().get(1);
        assertThat(v2.aliases()).containsExactly("champion");
        assertThat(v2.algorithm()).isEqualTo("logistic-regression");
        assertThat(v2.createdBy()).isEqualTo("eve");
    }

    @Test
    void filtersByNameSubstringIgnoringCaseAndLikeWildcards() {
        assertThat(uris(search(ModelQuery.all().withNameContaining("HURN")))).hasSize(3);
        assertThat(uris(search(ModelQuery.all().withNameContaining("_")))).containsExactly("models:/fraud_eu/1",
                "models:/house_prices/1");
        assertThat(uris(search(ModelQuery.all().withNameContaining("%")))).isEmpty();
    }

    @Test
    void filtersByTagAndTagText() {
        assertThat(uris(search(ModelQuery.all().withTag("team")))).containsExactly("models:/churn/2",
                "models:/churn/1", "models:/house_prices/1");
        assertThat(uris(search(ModelQuery.all().withTag("team", "risk")))).containsExactly("models:/churn/1",
                "models:/house_prices/1");
    }

    @Test
    void filtersByAlias() {
        assertThat(uris(search(ModelQuery.all().withAlias("champion")))).containsExactly("models:/churn/2");
    }

    @Test
    void filtersByAlgorithmIgnoringCase() {
        assertThat(uris(search(ModelQuery.all().withAlgorithm("XGBoost")))).containsExactly("models:/house_prices/1");
    }

    @Test
    void filtersByStatusAndCreator() {
        assertThat(uris(search(ModelQuery.all().withStatus(VersionStatus.ARCHIVED)))).containsExactly(
                "models:/churn/1");
        assertThat(uris(search(ModelQuery.all().withCreator("eve")))).containsExactly("models:/churn/2",
                "models:/house_prices/1");
        assertThat(uris(search(ModelQuery.all().withCreator("eve").withStatus(VersionStatus.ARCHIVED)))).isEmpty();
    }

    @Test
    void sortsNewestFirst() {
        ModelSearchResult newest = search(ModelQuery.all().sortedBy(ModelQuery.Sort.NEWEST));
        assertThat(uris(newest)).containsExactly("models:/fraud_eu/1", "models:/house_prices/1", "models:/churn/3",
                "models:/churn/2", "models:/churn/1");
        assertThat(newest.models()).extracting(ModelSummary::name).containsExactly("fraud_eu", "house_prices",
                "churn");
    }

    @Test
    void sortsByBestMetricWithVersionsWithoutOneLast() {
        ModelSearchResult best = search(ModelQuery.all().sortedBy(ModelQuery.Sort.BEST_METRIC));
        assertThat(uris(best)).containsExactly("models:/churn/2", "models:/churn/3", "models:/churn/1",
                "models:/house_prices/1", "models:/fraud_eu/1");
        assertThat(best.models()).extracting(ModelSummary::name).containsExactly("churn", "house_prices",
                "fraud_eu");
    }

    @Test
    void limitsVersionsButCountsAllMatches() {
        ModelSearchResult two = search(ModelQuery.all().limitedTo(2));
        assertThat(two.versions()).hasSize(2);
        assertThat(two.totalVersions()).isEqualTo(5);
        assertThat(two.models()).hasSize(3);
    }

    @Test
    void listsTheConfiguredPromotionMetric() {
        f.metric(f.registry.resolver().resolve("models:/churn/3").runId().getAsLong(), "test", "accuracy", 0, 0.9);
        f.registry.aliases().updatePolicy(f.admin, new PromotionPolicy(false, false, Optional.of("accuracy")));
        assertThat(search(ModelQuery.all()).versions().get(0).testMetric())
                .contains(new MetricValue("accuracy", 0.9));
    }

    @Test
    void versionRowsCarryTheRegistrationInstantToTheMicrosecondWhateverTheDefaultTimeZone() {
        f.db.useTransaction(h -> h.execute("UPDATE model_version SET created_at = TIMESTAMP WITH TIME ZONE"
                + " '2026-03-29 02:30:00.123456+02' WHERE version_no = 2 AND model_id = (SELECT id FROM"
                + " registered_model WHERE name = 'churn')"));
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            ModelSearchResult all = search(ModelQuery.all());
            assertThat(all.versions()).filteredOn(v -> v.uri().toString().equals("models:/churn/2")).singleElement()
                    .satisfies(v -> assertThat(v.createdAt()).isEqualTo(Instant.parse("2026-03-29T00:30:00.123456Z")));
            for (VersionSummary listed : all.versions()) {
                assertThat(listed.createdAt()).isEqualTo(f.registry.resolver().resolve(listed.uri()).createdAt());
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void listsOnlyThePolicyMetricWhenThePolicyNamesTheFirstAutomaticOne() {
        f.registry.aliases().updatePolicy(f.admin, new PromotionPolicy(false, false, Optional.of("roc_auc")));
        ModelSearchResult all = search(ModelQuery.all());
        assertThat(all.versions()).filteredOn(v -> v.modelName().equals("churn"))
                .allSatisfy(v -> assertThat(v.testMetric()).hasValueSatisfying(m -> assertThat(m.name())
                        .isEqualTo("roc_auc")));
        assertThat(all.versions()).filteredOn(v -> v.modelName().equals("house_prices")).singleElement()
                .satisfies(v -> assertThat(v.testMetric()).isEmpty());
    }

    @Test
    void listsTheSecondAutomaticMetricWhenThePolicyNamesItForAVersionWithBoth() {
        long both = f.run(null, Map.of("roc_auc", 0.9, "r2", 0.4));
        f.registry.registry().register(f.admin, "both_metrics", both, "", Map.of());
        assertThat(search(ModelQuery.all().withNameContaining("both")).versions()).singleElement()
                .satisfies(v -> assertThat(v.testMetric()).contains(new MetricValue("roc_auc", 0.9)));
        f.registry.aliases().updatePolicy(f.admin, new PromotionPolicy(false, false, Optional.of("r2")));
        assertThat(search(ModelQuery.all().withNameContaining("both")).versions()).singleElement()
                .satisfies(v -> assertThat(v.testMetric()).contains(new MetricValue("r2", 0.4)));
    }

    @Test
    void rejectsANonPositiveLimitAndTagTextWithoutName() {
        assertThatThrownBy(() -> ModelQuery.all().limitedTo(0)).isInstanceOf(WorkbenchException.class)
                .hasMessage("Invalid query limit 0: expected 1 or more");
        assertThatThrownBy(() -> new ModelQuery(Optional.empty(), Optional.empty(), Optional.of("risk"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ModelQuery.Sort.NAME, 10))
                .hasMessageContaining("A tag text filter needs a tag name");
    }
}
