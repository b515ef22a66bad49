package io.mlworkbench.engine.data.profile;

import static io.mlworkbench.engine.fixtures.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.fixtures.CustomerTables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.mlworkbench.engine.task.OperationCancelledException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DatasetProfilerTest {

    private final DatasetProfiler profiler = new DatasetProfiler();

    private static final Integer[] SMALL = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4};

    @Test
    void computesQuantilesWithNumpyLinearInterpolation() {
        // numpy.quantile(x, [.01, .05, .25, .5, .75, .95, .99]) on the same 20 values
        NumericSummary s = profiler.profile(table().integers("x", SMALL).build()).columns().get(0).numeric();

        assertThat(s.quantiles()).isEqualTo(new Quantiles(1.0, 1.0, 3.0, 4.5, 7.25, 9.0, 9.0));
    }

    @Test
    void computesMeanAndSampleStandardDeviationLikePandas() {
        NumericSummary s = profiler.profile(table().integers("x", SMALL).build()).columns().get(0).numeric();

        assertThat(s.mean()).isCloseTo(4.85, within(1e-12));
        assertThat(s.std()).isCloseTo(2.7003898354048617, within(1e-12));
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(9.0);
    }

    @Test
    void agreesWithNumpyOnAThousandNormalValues() throws Exception {
        Table t = table().decimals("y", ProfileResources.normal1000()).build();

        ColumnProfile c = profiler.profile(t).columns().get(0);

        // numpy.quantile(y, ...), y.mean(), y.std(ddof=1), len(numpy.unique(y))
        double[] expected = {24.38502, 30.234, 41.838499999999996, 49.185500000000005, 56.814, 68.14389999999999,
            75.17207999999998};
        Quantiles q = c.numeric().quantiles();
        double[] actual = {q.p1(), q.p5(), q.p25(), q.p50(), q.p75(), q.p95(), q.p99()};
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], within(1e-9));
        }
        assertThat(c.numeric().mean()).isCloseTo(49.132653000000005, within(1e-9));
        assertThat(c.numeric().std()).isCloseTo(11.301486804158804, within(1e-9));
        assertThat(c.distinct()).isEqualTo(985);
    }

    @Test
    void binsNumbersLikeNumpyAuto() throws Exception {
        Table t = table().decimals("y", ProfileResources.normal1000()).build();

        Histogram h = profiler.profile(t).columns().get(0).histogram();

        // counts, edges = numpy.histogram(y, bins="auto"): 24 bins, Freedman-Diaconis wins
        assertThat(h.kind()).isEqualTo(Histogram.Kind.NUMERIC);
        assertThat(h.binRule()).isEqualTo("fd");
        assertThat(h.counts()).containsExactly(1L, 1L, 3L, 2L, 9L, 18L, 26L, 35L, 50L, 72L, 70L, 87L, 109L, 130L,
                88L, 65L, 73L, 59L, 35L, 29L, 9L, 18L, 7L, 4L);
        assertThat(h.edges()).hasSize(25);
        assertThat(h.edges().get(0)).isEqualTo(10.983);
        assertThat(h.edges().get(1)).isCloseTo(13.894541666666667, within(1e-12));
        assertThat(h.edges().get(24)).isEqualTo(80.86);
    }

    @Test
    void choosesFreedmanDiaconisForASkewedSample() {
        Table t = table().decimals("z", 0.1, 0.2, 0.3, 0.7, 1.1, 1.3, 2.9, 3.0, 10.0, 0.4, 0.4).build();

        Histogram h = profiler.profile(t).columns().get(0).histogram();

        // numpy.histogram(z, bins="auto")
        assertThat(h.binRule()).isEqualTo("fd");
        assertThat(h.counts()).containsExactly(8L, 1L, 1L, 0L, 0L, 0L, 1L);
        assertThat(h.edges().get(1)).isCloseTo(1.5142857142857145, within(1e-12));
    }

    @Test
    void choosesSturgesWhenItGivesNarrowerBins() {
        Table t = table().integers("n", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).build();

        Histogram h = profiler.profile(t).columns().get(0).histogram();

        // numpy.histogram(numpy.arange(1, 11), bins="auto")
        assertThat(h.binRule()).isEqualTo("sturges");
        assertThat(h.counts()).containsExactly(2L, 2L, 2L, 2L, 2L);
        assertThat(h.edges()).containsExactly(1.0, 2.8, 4.6, 6.4, 8.2, 10.0);
    }

    @Test
    void givesAConstantColumnOneBinAroundItsValue() {
        Histogram h = profiler.profile(table().integers("c", 7, 7, 7).build()).columns().get(0).histogram();

        assertThat(h.edges()).containsExactly(6.5, 7.5);
        assertThat(h.counts()).containsExactly(3L);
        assertThat(h.binRule()).isEqualTo("single");
    }

    @Test
    void capsTheBinCountOfLongTailedColumns() {
        Double[] values = IntStream.range(0, 10_000).mapToObj(i -> i == 0 ? 1e9 : (double) (i % 100)).toArray(Double[]::new);

        Histogram h = profiler.profile(table().decimals("tail", values).build()).columns().get(0).histogram();

        assertThat(h.counts()).hasSize(HistogramBinning.MAX_BINS);
        assertThat(h.binRule()).endsWith("capped");
        assertThat(h.counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_000);
    }

    @Test
    void countsPresentMissingAndDistinctValues() {
        Table t = table().integers("n", 1, null, 2, 2, null).labels("s", "a", "b", null, "a", "a").build();

        DatasetProfile p = profiler.profile(t);

        assertThat(p.columns().get(0)).extracting(ColumnProfile::count, ColumnProfile::missing, ColumnProfile::distinct)
                .containsExactly(3L, 2L, 2L);
        assertThat(p.columns().get(1)).extracting(ColumnProfile::count, ColumnProfile::missing, ColumnProfile::distinct)
                .containsExactly(4L, 1L, 2L);
    }

    @Test
    void listsTopValuesMostFrequentFirstWithTiesInValueOrder() {
        Table t = table().labels("s", "b", "a", "c", "a", "b", "d").build();

        TopValues top = profiler.profile(t).columns().get(0).topValues();

        assertThat(top.values()).containsExactly(new ValueCount("a", 2), new ValueCount("b", 2),
                new ValueCount("c", 1), new ValueCount("d", 1));
        assertThat(top.otherCount()).isZero();
        assertThat(top.hasAllValues()).isTrue();
    }

    @Test
    void keepsTwentyTopValuesAndCountsTheRestAsOther() {
        List<String> values = new ArrayList<>();
        for (int v = 0; v < 30; v++) {
            for (int k = 0; k <= v; k++) {
                values.add("v" + v);
            }
        }
        TopValues top = profiler.profile(table().labels("s", values.toArray(String[]::new)).build())
                .columns().get(0).topValues();

        assertThat(top.values()).hasSize(20);
        assertThat(top.values().get(0)).isEqualTo(new ValueCount("v29", 30));
        assertThat(top.otherDistinct()).isEqualTo(10);
        assertThat(top.otherCount()).isEqualTo(IntStream.rangeClosed(1, 10).sum());
    }

    @Test
    void formatsNumericTopValuesAsTheColumnWritesThem() {
        Table t = table().integers("i", 5, 5, 7).booleans("b", true, false, true).build();

        DatasetProfile p = profiler.profile(t);

        assertThat(p.columns().get(0).topValues().values()).containsExactly(new ValueCount("5", 2),
                new ValueCount("7", 1));
        assertThat(p.columns().get(1).histogram().labels()).containsExactly("true", "false");
        assertThat(p.columns().get(1).numeric()).isNull();
    }

    @Test
    void keepsFiftyCategoriesInTheCategoricalHistogram() {
        String[] values = IntStream.range(0, 60).mapToObj(i -> "c" + (i < 10 ? "0" + i : i)).toArray(String[]::new);

        Histogram h = profiler.profile(table().labels("s", values).build()).columns().get(0).histogram();

        assertThat(h.kind()).isEqualTo(Histogram.Kind.CATEGORICAL);
        assertThat(h.labels()).hasSize(DatasetProfiler.MAX_CATEGORIES).startsWith("c00", "c01");
        assertThat(h.otherCount()).isEqualTo(10);
    }

    @Test
    void reportsTheRangeOfDateTimeColumns() {
        Table t = table().instants("at", "2024-05-01T00:00:00Z", null, "2021-01-31T10:15:00Z").build();

        ColumnProfile c = profiler.profile(t).columns().get(0);

        assertThat(c.dateTimeRange()).isEqualTo(new DateTimeRange(Instant.parse("2021-01-31T10:15:00Z"),
                Instant.parse("2024-05-01T00:00:00Z")));
        assertThat(c.numeric()).isNull();
        assertThat(c.topValues().values().get(0).value()).isEqualTo("2021-01-31T10:15:00Z");
    }

    @Test
    void countsRowsThatRepeatAnEarlierRowWithMissingValuesEqual() {
        Table t = table()
                .integers("a", 1, 1, 2, 1, null, null, 1)
                .labels("b", "x", "x", "x", "y", null, null, "x")
                .build();

        assertThat(profiler.profile(t).duplicateRowCount()).isEqualTo(3);
    }

    @Test
    void countsDuplicatesExactlyInALargeTable() {
        Table t = CustomerTables.generate(5_000, 11);

        assertThat(profiler.profile(t).duplicateRowCount()).isZero();
    }

    @Test
    void namesConstantColumnsAndLikelyIdentifiers() {
        Table t = table()
                .integers("id", 10, 11, 12, 13)
                .labels("code", "a1", "b2", "c3", "d4")
                .decimals("price", 1.5, 2.5, 3.5, 4.5)
                .labels("country", "NO", "NO", "NO", "NO")
                .texts("empty", null, null, null, null)
                .build();

        DatasetProfile p = profiler.profile(t);

        assertThat(p.likelyIdentifiers()).containsExactly("id", "code");
        assertThat(p.constantColumns()).containsExactly("country", "empty");
    }

    @Test
    void doesNotTakeUniqueMeasurementsOrFreeTextForIdentifiers() {
        Table t = table()
                .integers("weight", 12_000, 560_001, 77_777, 1_400_000)
                .texts("comment", "late delivery", "ok", "asked for refund", "no answer")
                .build();

        assertThat(profiler.profile(t).likelyIdentifiers()).isEmpty();
    }

    @Test
    void reportsTargetBalanceWhenATargetIsSet() {
        Table t = table().integers("x", 1, 2, 3, 4, 5).target("y", "no", "yes", "no", null, "no").build();

        TargetBalance b = profiler.profile(t).targetBalance();

        assertThat(b.column()).isEqualTo("y");
        assertThat(b.classes()).containsExactly(new ValueCount("no", 3), new ValueCount("yes", 1));
        assertThat(b.missing()).isEqualTo(1);
        assertThat(b.minorityShare()).isEqualTo(0.25);
    }

    @Test
    void leavesTargetBalanceOutForARegressionTarget() {
        Double[] values = IntStream.range(0, 500).mapToObj(i -> i * 1.5).toArray(Double[]::new);
        Table t = table().numbers("price", ColumnType.DECIMAL, ColumnRole.TARGET, values).build();

        assertThat(profiler.profile(t).targetBalance()).isNull();
    }

    @Test
    void profilesAnAllMissingColumnWithoutStatistics() {
        ColumnProfile c = profiler.profile(table().decimals("x", null, null).build()).columns().get(0);

        assertThat(c.numeric()).isNull();
        assertThat(c.histogram()).isNull();
        assertThat(c.missingShare()).isEqualTo(1.0);
    }

    @Test
    void profilesAnEmptyTable() {
        DatasetProfile p = profiler.profile(table().integers("x").labels("s").build());

        assertThat(p.rowCount()).isZero();
        assertThat(p.duplicateRowCount()).isZero();
        assertThat(p.columns()).hasSize(2);
    }

    @Test
    void reportsProgressUpToOne() {
        List<Double> seen = new ArrayList<>();

        profiler.profile(CustomerTables.generate(100, 1), (done, total, message) -> seen.add((double) done / total), () -> false);

        assertThat(seen).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void stopsWhenCancelled() {
        Table t = CustomerTables.generate(100, 1);

        assertThatThrownBy(() -> profiler.profile(t, (done, total, message) -> { }, () -> true)).isInstanceOf(OperationCancelledException.class);
    }
}
