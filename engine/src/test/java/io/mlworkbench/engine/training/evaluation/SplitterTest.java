package io.mlworkbench.engine.training.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitterTest {

    private static String[] labels(int n) {
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = i % 10 < 3 ? "yes" : "no";
        }
        return s;
    }

    private static Table tableOf(int n) {
        ColumnBuilder b = new ColumnBuilder(ColumnSchema.feature("x", ColumnType.DECIMAL), n);
        for (int i = 0; i < n; i++) {
            b.addNumber(n - i);
        }
        return Table.of(List.of(b));
    }

    @Test
    void stratifiedSplitKeepsClassSharesAndIsSeeded() {
        int n = 1000;
        int[] rows = IntStream.range(0, n).toArray();
        String[] strata = labels(n);
        DataSplit a = Splitter.split(tableOf(n), rows, strata, new SplitSpec(0.1, 0.2, Optional.empty()), 7);
        DataSplit b = Splitter.split(tableOf(n), rows, strata, new SplitSpec(0.1, 0.2, Optional.empty()), 7);
        assertThat(a).isEqualTo(b);
        assertThat(a.test()).hasSize(200);
        assertThat(a.validation()).hasSize(100);
        assertThat(Arrays.stream(a.test()).filter(r -> strata[r].equals("yes")).count()).isEqualTo(60);
        assertThat(IntStream.concat(IntStream.concat(Arrays.stream(a.train()), Arrays.stream(a.validation())),
                Arrays.stream(a.test())).sorted().toArray()).isEqualTo(rows);
    }

    @Test
    void differentSeedsGiveDifferentSplits() {
        int[] rows = IntStream.range(0, 500).toArray();
        assertThat(Splitter.split(tableOf(500), rows, null, SplitSpec.defaults(), 1))
                .isNotEqualTo(Splitter.split(tableOf(500), rows, null, SplitSpec.defaults(), 2));
    }

    @Test
    void timeSplitPutsNewestRowsInTest() {
        int n = 100;
        DataSplit s = Splitter.split(tableOf(n), IntStream.range(0, n).toArray(), null,
                new SplitSpec(0.1, 0.2, Optional.of("x")), 1);
        // x = n - row: the newest values are the first rows
        assertThat(s.test()).containsExactlyInAnyOrder(IntStream.range(0, 20).toArray());
        assertThat(s.validation()).containsExactlyInAnyOrder(IntStream.range(20, 30).toArray());
    }

    @Test
    void kFoldUsesEveryRowOnceAsTestAndStratifies() {
        int n = 300;
        int[] rows = IntStream.range(0, n).toArray();
        String[] strata = labels(n);
        List<Fold> folds = Splitter.kFold(rows, strata, 5, 3);
        assertThat(folds).hasSize(5);
        int[] all = folds.stream().flatMapToInt(f -> Arrays.stream(f.test())).sorted().toArray();
        assertThat(all).isEqualTo(rows);
        for (Fold f : folds) {
            assertThat(f.train().length + f.test().length).isEqualTo(n);
            assertThat(Arrays.stream(f.test()).filter(r -> strata[r].equals("yes")).count()).isEqualTo(18);
        }
    }
}
