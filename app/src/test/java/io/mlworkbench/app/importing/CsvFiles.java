package io.mlworkbench.app.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Small generated CSV files for import, profile and validation tests: same seed, same bytes. */
public final class CsvFiles {

    /** The header of {@link #customers}. */
    public static final String HEADER = "customer_id;age;plan;monthly_fee;churned";

    private CsvFiles() {
    }

    /**
     * @param file where to write
     * @param rows how many customers
     * @param seed the random seed
     * @return the file: semicolon-separated, a header, an id, an age, a plan, a fee and a Yes/No label
     */
    public static Path customers(Path file, int rows, long seed) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        SplittableRandom random = new SplittableRandom(seed);
        String[] plans = {"basic", "plus", "pro"};
        for (int i = 1; i <= rows; i++) {
            lines.add(String.format(Locale.ROOT, "%d;%d;%s;%.2f;%s", 1000 + i, 18 + random.nextInt(60),
                    plans[random.nextInt(plans.length)], 10 + random.nextDouble() * 50,
                    random.nextDouble() < 0.3 ? "Yes" : "No"));
        }
        return write(file, lines);
    }

    /**
     * @param file where to write
     * @param lines the lines, written with LF endings in UTF-8
     * @return the file
     */
    public static Path write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param source a file written by {@link #customers}
     * @param target where to write the copy
     * @param rowsToBreak 1-based data rows whose age becomes 150 and plan "gold"
     * @return the broken copy
     */
    public static Path brokenCopy(Path source, Path target, int... rowsToBreak) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(source, StandardCharsets.UTF_8));
            for (int row : rowsToBreak) {
                String[] fields = lines.get(row).split(";");
                fields[1] = "150";
                fields[2] = "gold";
                lines.set(row, String.join(";", fields));
            }
            return write(target, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
