package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.access.AccessDeniedException;
import io.mlworkbench.engine.access.Role;
import io.mlworkbench.engine.store.PostgresTestSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The registry's locking, retries and queries on PostgreSQL (a shared team registry). Runs when
 * {@code MLWB_TEST_POSTGRES_URL} names a database; skipped otherwise.
 */
class RegistryPostgresTest {

    @Test
    void registersGatesPromotesAndSearchesOnPostgres() throws Exception {
        try (PostgresTestSchema schema = PostgresTestSchema.createOrSkip();
             RegistryFixture f = new RegistryFixture(schema.open())) {
            long dv = f.datasetVersion("telco", 1);
            f.validation(dv, "churn-rules", true);
            List<Long> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(f.run(dv, Map.of("roc_auc", 0.70 + i / 100.0)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                List<Long> mine = runs.subList(t * 3, t * 3 + 3);
                done.add(pool.submit(() -> {
                    start.await();
                    mine.forEach(run -> f.registry.registry().register(f.admin, "churn", run, "", Map.of("t", "x")));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> d : done) {
                d.get();
            }
            pool.shutdown();
            assertThat(f.registry.catalog().versions(f.admin, "churn")).extracting(ModelVersion::version)
                    .containsExactly(6, 5, 4, 3, 2, 1);

            ModelVersion best = f.registry.catalog().search(f.admin, ModelQuery.all()
                    .sortedBy(ModelQuery.Sort.BEST_METRIC)).versions().stream().findFirst()
                    .map(v -> f.registry.resolver().resolve(v.uri())).orElseThrow();
            f.registry.aliases().move(f.admin, best.uri(), AliasName.CHAMPION, "best test AUC");
            ModelUri worse = best.version() == 1 ? ModelUri.ofVersion("churn", 2) : ModelUri.ofVersion("churn", 1);
            assertThatThrownBy(() -> f.registry.aliases().move(f.admin, worse, AliasName.CHAMPION, "try"))
                    .isInstanceOf(PromotionRefusedException.class);
            assertThat(f.registry.resolver().resolve("models:/churn@champion").id()).isEqualTo(best.id());

            assertThat(f.registry.catalog().lineage(f.admin, ModelUri.parse("models:/churn@champion")).dataset())
                    .hasValueSatisfying(d -> assertThat(d.label()).isEqualTo("telco v1"));
            assertThat(f.registry.catalog().search(f.admin, ModelQuery.all().withTag("t", "x").withAlias("champion"))
                    .versions()).singleElement().satisfies(v -> assertThat(v.aliases()).containsExactly("champion"));
            assertThatThrownBy(() -> f.registry.aliases().move(f.member("eve", Role.EDITOR), worse,
                    AliasName.CHAMPION, "try")).isInstanceOf(AccessDeniedException.class);
        }
    }
}
