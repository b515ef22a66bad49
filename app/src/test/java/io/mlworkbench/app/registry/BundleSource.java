package io.mlworkbench.app.registry;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.registry.ModelVersion;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.training.TrainingListener;
import io.mlworkbench.engine.training.TrainingRequest;
import io.mlworkbench.engine.training.TrainingSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Another workspace, as a colleague's laptop: imports a seeded CSV as dataset {@code points}, trains on it,
 * registers the run as {@code churn} and exports that version as a bundle, for import tests.
 */
final class BundleSource {

    private BundleSource() {
    }

    /**
     * @param dir where to write the CSV
     * @return a seeded CSV of 120 rows: x1, x2, colour, label
     */
    static Path csv(Path dir) {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("x1,x2,colour,label\n");
        for (int i = 0; i < 120; i++) {
            double x1 = random.nextGaussian();
            double x2 = random.nextGaussian();
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%s,%s%n", x1, x2, random.nextBoolean() ? "red" : "blue",
                    x1 + 0.5 * x2 + 0.3 * random.nextGaussian() > 0 ? "yes" : "no"));
        }
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve("points.csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param session a workspace
     * @param csv the file from {@link #csv}
     * @return its dataset version {@code points v1} in project {@code churn}
     */
    static DatasetVersion importPoints(WorkspaceSession session, Path csv) {
        session.projects().findOrCreate(session.actor(), "churn");
        return session.datasets().importFile(session.actor(), "churn", "points", csv, ImportOptions.defaults(),
                ProgressListener.ignoring(), CancellationToken.never()).version();
    }

    /**
     * @param workspace the source workspace's folder
     * @param csv the file from {@link #csv}
     * @param bundle where to write the bundle
     * @param signingKey signs the bundle when present
     * @return the exported version's run id in the source workspace
     */
    static long export(Path workspace, Path csv, Path bundle, Optional<KeyPair> signingKey) {
        try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
            DatasetVersion data = importPoints(session, csv);
            long project = session.projects().findOrCreate(session.actor(), "churn").id();
            long run = session.training().train(session.actor(), new TrainingRequest(project, "baseline",
                            Optional.of(data.id()), Optional.empty(), TrainingSpec.of("label", "logistic_regression")),
                    session.datasets().loadTable(data.id()), TrainingListener.ignoring(), () -> false).run().id();
            var services = session.registryServices();
            ModelVersion version = services.registry().registry().register(session.actor(), "churn", run, "",
                    Map.of());
            services.exporter().export(session.actor(), version.uri(), bundle, signingKey);
            return run;
        }
    }
}
