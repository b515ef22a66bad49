package io.mlworkbench.app.importing;

import io.mlworkbench.engine.data.sample.ChurnDataGenerator;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the bundled sample {@code sample-datasets/churn.csv} (next to the working directory or the installed
 * classes), or writes the identical file into the workspace with the same generator, seed and size.
 */
public final class SampleDataset {

    /** The sample's file name. */
    public static final String FILE_NAME = "churn.csv";
    private static final long SEED = 42;
    private static final int ROWS = 5_000;

    private SampleDataset() {
    }

    /**
     * @param workspace the workspace folder, where the sample is written when the bundled file is not found
     * @return the sample file
     */
    public static Path churn(Path workspace) {
        Optional<Path> bundled = bundled();
        if (bundled.isPresent()) {
            return bundled.get();
        }
        Path generated = workspace.resolve("samples").resolve(FILE_NAME);
        if (!Files.isRegularFile(generated)) {
            new ChurnDataGenerator(SEED, 0).writeCsv(generated, ROWS);
        }
        return generated;
    }

    private static Optional<Path> bundled() {
        Optional<Path> inWorkingDirectory = inFolderOrAbove(Path.of("").toAbsolutePath());
        if (inWorkingDirectory.isPresent()) {
            return inWorkingDirectory;
        }
        CodeSource code = SampleDataset.class.getProtectionDomain().getCodeSource();
        if (code == null) {
            return Optional.empty();
        }
        try {
            return inFolderOrAbove(Path.of(code.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> inFolderOrAbove(Path start) {
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("sample-datasets").resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param file a data file
     * @return a dataset name made from its name: {@code adult.data} gives {@code adult}
     */
    public static String datasetNameOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String cleaned = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "dataset" : cleaned.toLowerCase(Locale.ROOT);
    }
}
