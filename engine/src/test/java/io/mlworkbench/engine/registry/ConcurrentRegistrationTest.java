package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentRegistrationTest {

    private static final int THREADS = 4;
    private static final int PER_THREAD = 5;

    private final RegistryFixture f = new RegistryFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void concurrentRegistrationsOfANewModelGetDistinctConsecutiveVersions() throws Exception {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < THREADS * PER_THREAD; i++) {
            runs.add(f.run(null, Map.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Long> mine = runs.subList(t * PER_THREAD, (t + 1) * PER_THREAD);
                results.add(pool.submit(() -> {
                    start.await();
                    List<Integer> numbers = new ArrayList<>();
                    for (long run : mine) {
                        numbers.add(f.registry.registry().register(f.admin, "churn", run, "", Map.of()).version());
                    }
                    return numbers;
                }));
            }
            start.countDown();
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                all.addAll(result.get());
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(THREADS * PER_THREAD);
            assertThat(all).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, THREADS * PER_THREAD).boxed().toList());
            assertThat(f.auditActions("model.create")).hasSize(1);
            assertThat(f.auditActions("model.version.register")).hasSize(THREADS * PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }
}
