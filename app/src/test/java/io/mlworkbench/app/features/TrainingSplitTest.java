package io.mlworkbench.app.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TrainingSplitTest {

    @Test
    void takesTheShareOfRowsAscendingAndWithoutRepeats() {
        TrainingSplit split = TrainingSplit.of(1000, 0.8, 42);
        int[] rows = split.rows();
        assertThat(rows).hasSize(800).isSorted();
        assertThat(Arrays.stream(rows).distinct().count()).isEqualTo(800);
        assertThat(rows[0]).isGreaterThanOrEqualTo(0);
        assertThat(rows[799]).isLessThan(1000);
    }

    @Test
    void sameSeedSameRowsOtherSeedOtherRows() {
        assertThat(TrainingSplit.of(500, 0.8, 7).rows()).isEqualTo(TrainingSplit.of(500, 0.8, 7).rows());
        assertThat(TrainingSplit.of(500, 0.8, 7).rows()).isNotEqualTo(TrainingSplit.of(500, 0.8, 8).rows());
    }

    @Test
    void keepsAtLeastOneRow() {
        assertThat(TrainingSplit.of(1, 0.8, 42).rows()).containsExactly(0);
        assertThat(TrainingSplit.of(2, 0.1, 42).size()).isEqualTo(1);
    }

    @Test
    void refusesAnEmptyTableOrABadShare() {
        assertThatThrownBy(() -> TrainingSplit.of(0, 0.8, 42)).hasMessageContaining("at least one row");
        assertThatThrownBy(() -> TrainingSplit.of(10, 1.5, 42)).hasMessageContaining("share in (0, 1]");
    }
}
