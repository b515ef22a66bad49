package io.mlworkbench.engine.features.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.TestTables;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PointInTimeJoinTest {

    /** Feature rows: customer c1's balance over time; the balance at day 30 is only known after the churn label. */
    private final Table features = TestTables.builder()
            .labels("customer", "c1", "c1", "c1", "c2")
            .numbers("day", ColumnType.INTEGER, 1, 10, 30, 5)
            .numbers("balance", ColumnType.DECIMAL, 100, 80, 0, 50)
            .build();
    /** Label rows: whether the customer churned, as known at a given day. */
    private final Table labels = TestTables.builder()
            .labels("customer", "c1", "c1", "c2", "c3")
            .numbers("day", ColumnType.INTEGER, 12, 10, 4, 20)
            .numbers("churned", ColumnType.BOOLEAN, 1, 0, 0, 0)
            .build();

    /** What a plain key join with "latest row per key" does: it ignores the label's time. */
    private static double[] naiveLatest(Table labels, Table features) {
        Map<String, Integer> latest = new HashMap<>();
        StringColumn keys = (StringColumn) features.column("customer");
        NumericColumn days = (NumericColumn) features.column("day");
        for (int r = 0; r < features.rowCount(); r++) {
            latest.merge(keys.get(r), r, (a, b) -> days.get(b) >= days.get(a) ? b : a);
        }
        StringColumn labelKeys = (StringColumn) labels.column("customer");
        double[] out = new double[labels.rowCount()];
        for (int r = 0; r < out.length; r++) {
            Integer m = latest.get(labelKeys.get(r));
            out[r] = m == null ? Double.NaN : ((NumericColumn) features.column("balance")).get(m);
        }
        return out;
    }

    @Test
    void aNaiveLatestRowJoinLeaksTheFuture() {
        assertThat(naiveLatest(labels, features)[0]).as("day-12 label sees the day-30 balance").isEqualTo(0.0);
        assertThat(naiveLatest(labels, features)[2]).as("day-4 label sees the day-5 balance").isEqualTo(50.0);
    }

    @Test
    void joinsTheLatestFeatureRowAtOrBeforeEachLabelTime() {
        Table joined = PointInTimeJoin.join(labels, "customer", "day", features, "customer", "day",
                Optional.empty());
        assertThat(joined.schema().names()).containsExactly("customer", "day", "churned", "balance");
        assertThat(TestTables.numbers(joined, "balance")).containsExactly(80, 80, Double.NaN, Double.NaN);
    }

    @Test
    void dropsFeatureRowsOlderThanTheTimeToLive() {
        Table joined = PointInTimeJoin.join(labels, "customer", "day", features, "customer", "day",
                Optional.of(Duration.ofMillis(1)));
        assertThat(TestTables.numbers(joined, "balance")).containsExactly(Double.NaN, 80, Double.NaN, Double.NaN);
    }

    @Test
    void suffixesFeatureColumnsWhoseNamesTheLabelsAlreadyUse() {
        Table withClash = TestTables.builder().labels("id", "c1").numbers("t", ColumnType.INTEGER, 1)
                .numbers("churned", ColumnType.DECIMAL, 0.5).build();
        Table joined = PointInTimeJoin.join(labels, "customer", "day", withClash, "id", "t", Optional.empty());
        assertThat(joined.schema().names()).containsExactly("customer", "day", "churned", "churned_feature");
        assertThatThrownBy(() -> PointInTimeJoin.join(labels, "customer", "nope", features, "customer", "day",
                Optional.empty())).hasMessageContaining("no column 'nope'");
    }
}
