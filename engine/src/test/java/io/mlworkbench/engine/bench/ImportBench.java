package io.mlworkbench.engine.bench;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.dataset.DatasetService;
import io.mlworkbench.engine.data.dataset.ImportResult;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The import benchmark: imports a CSV file into a fresh file-backed registry (sniffing, typing, hashing and
 * storing as a dataset version, exactly as {@code workbench import} does) and prints the wall time. Run by
 * {@code bench/import-bench.sh}, which also times {@code pandas.read_csv} on the same file.
 *
 * <p>Arguments: the CSV file, then optionally how many runs (default 3). Each run uses a new registry.
 */
public final class ImportBench {

    private ImportBench() {
    }

    /**
     * @param args the CSV file and optionally the number of runs
     * @throws Exception when the import fails
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Path csv = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int run = 1; run <= runs; run++) {
            Path dir = Files.createTempDirectory("mlwb-bench-");
            try (RegistryDatabase db = RegistryDatabase.openH2File(dir.resolve("registry"))) {
                DatasetService service = DatasetService.create(db, Clock.systemUTC(), dir.resolve("tmp"));
                com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                String[] stage = {""};
                ProgressListener stages = (done, total, message) -> {
                    if (!message.equals(stage[0])) {
                        stage[0] = message;
                        out.printf(Locale.ROOT, "  %.3f s: %s%n", (System.nanoTime() - t0) / 1e9, message);
                    }
                };
                ImportResult result = service.importFile(Actor.ofSystemUser(), "bench", "big", csv,
                        ImportOptions.defaults(), stages, CancellationToken.never());
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                Runtime rt = Runtime.getRuntime();
                out.printf(Locale.ROOT, "run %d: %.3f s wall, %.3f s CPU, %,d rows x %d columns, hash %s, max heap %d MB%n",
                        run, seconds, cpu,
                        result.version().rowCount(), result.version().columnCount(),
                        result.version().contentHash().substring(0, 12), rt.maxMemory() >> 20);
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
