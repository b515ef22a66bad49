package io.mlworkbench.engine.data.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChurnDataGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void sameSeedGivesSameBytes() {
        assertThat(csv(7, 0, 500)).isEqualTo(csv(7, 0, 500));
        assertThat(csv(7, 0, 500)).isNotEqualTo(csv(8, 0, 500));
    }

    @Test
    void everyRowHasEveryColumn() {
        List<String> lines = csv(1, 0, 2000).lines().toList();
        assertThat(lines.get(0)).isEqualTo(ChurnDataGenerator.HEADER);
        int columns = ChurnDataGenerator.HEADER.split(",").length;
        assertThat(lines.subList(1, lines.size())).hasSize(2000)
                .allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(columns));
    }

    @Test
    void churnRateIsRealisticAndBlankTotalsOnlyForNewCustomers() {
        List<String[]> rows = csv(3, 0, 5000).lines().skip(1).map(l -> l.split(",", -1)).toList();
        double churnRate = rows.stream().filter(r -> r[15].equals("Yes")).count() / (double) rows.size();
        assertThat(churnRate).isBetween(0.15, 0.40);
        assertThat(rows).filteredOn(r -> r[12].isEmpty()).isNotEmpty()
                .allSatisfy(r -> assertThat(r[5]).isEqualTo("0"));
    }

    @Test
    void driftRaisesChargesAndShortensTenure() {
        double[] reference = means(csv(5, 0, 4000));
        double[] drifted = means(csv(5, 0.8, 4000));
        assertThat(drifted[1]).isGreaterThan(reference[1] + 5);
        assertThat(drifted[0]).isLessThan(reference[0] * 0.8);
    }

    @Test
    void writesFileAtomically() throws Exception {
        Path file = temp.resolve("sub/churn.csv");
        new ChurnDataGenerator(1, 0).writeCsv(file, 10);
        assertThat(Files.readAllLines(file)).hasSize(11);
        assertThat(Files.list(file.getParent())).hasSize(1);
    }

    @Test
    void rejectsDriftOutsideRange() {
        assertThatThrownBy(() -> new ChurnDataGenerator(1, 1.5))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("between 0 and 1, got 1.5");
    }

    private static String csv(long seed, double drift, int rows) {
        StringWriter out = new StringWriter();
        new ChurnDataGenerator(seed, drift).write(out, rows);
        return out.toString();
    }

    private static double[] means(String csv) {
        List<String[]> rows = csv.lines().skip(1).map(l -> l.split(",", -1)).toList();
        double tenure = rows.stream().mapToDouble(r -> Double.parseDouble(r[5])).average().orElseThrow();
        double charges = rows.stream().mapToDouble(r -> Double.parseDouble(r[11])).average().orElseThrow();
        return new double[] {tenure, charges};
    }
}
