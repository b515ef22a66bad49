package io.mlworkbench.engine.data.columnar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.task.CancellationToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What is written to the columnar format reads back identically; the content hash ignores row grouping. */
class ColumnarRoundTripTest {

    private static final DatasetSchema SCHEMA = new DatasetSchema(List.of(
            ColumnSchema.feature("scaled", ColumnType.DECIMAL), ColumnSchema.feature("raw", ColumnType.DECIMAL),
            ColumnSchema.feature("n", ColumnType.INTEGER), ColumnSchema.feature("label", ColumnType.CATEGORICAL)));
    private static final boolean[] NUMERIC = {true, true, true, false};

    private record Data(double[] scaled, double[] raw, double[] n, String[] labels) {
    }

    private static Data data(int rows, long seed) {
        Random rnd = new Random(seed);
        Data d = new Data(new double[rows], new double[rows], new double[rows], new String[rows]);
        String[] words = {"alpha", "beta", "γάμμα", "日本", ""};
        for (int i = 0; i < rows; i++) {
            d.scaled[i] = i % 17 == 0 ? Double.NaN : Math.round(rnd.nextGaussian() * 1e5) / 1000.0;
            d.raw[i] = i % 5 == 0 ? -0.0 : rnd.nextDouble() * 1e300;
            d.n[i] = i % 11 == 0 ? Double.NaN : rnd.nextInt() - (i % 2 == 0 ? 0 : (double) (1L << 52));
            d.labels[i] = i % 13 == 0 ? null : words[rnd.nextInt(words.length)];
        }
        return d;
    }

    private static byte[] write(Data d, int groupRows, ContentHasher hasher) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ColumnarWriter writer = new ColumnarWriter(body);
        ColumnBatch batch = new ColumnBatch(NUMERIC, groupRows, StandardCharsets.UTF_8);
        for (int i = 0; i < d.scaled.length; i++) {
            int row = batch.rows();
            batch.numbers(0)[row] = d.scaled[i];
            batch.numbers(1)[row] = d.raw[i];
            batch.numbers(2)[row] = d.n[i];
            byte[] label = d.labels[i] == null ? null : d.labels[i].getBytes(StandardCharsets.UTF_8);
            batch.codes(3)[row] = label == null ? -1 : batch.dictionary(3).code(label, 0, label.length);
            batch.endRow();
            if (batch.isFull()) {
                writer.writeGroup(batch);
                hasher.add(batch);
                batch.clear();
            }
        }
        writer.writeGroup(batch);
        hasher.add(batch);
        writer.finish();
        byte[] header = ColumnarWriter.header(SCHEMA, d.scaled.length);
        byte[] all = Arrays.copyOf(header, header.length + body.size());
        System.arraycopy(body.toByteArray(), 0, all, header.length, body.size());
        return all;
    }

    @Test
    void readsBackEveryValue() {
        Data d = data(10_000, 1);
        byte[] file = write(d, 3000, new ContentHasher(NUMERIC));

        Table t = TableAssembler.readAll(new ColumnarReader(new ByteArrayInputStream(file)), CancellationToken.never());

        assertThat(t.rowCount()).isEqualTo(10_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(Double.valueOf(((NumericColumn) t.column(0)).get(i))).isEqualTo(Double.valueOf(d.scaled[i]));
            assertThat(Double.valueOf(((NumericColumn) t.column(1)).get(i))).isEqualTo(Double.valueOf(d.raw[i]));
            assertThat(Double.valueOf(((NumericColumn) t.column(2)).get(i))).isEqualTo(Double.valueOf(d.n[i]));
            assertThat(((StringColumn) t.column(3)).get(i)).isEqualTo(d.labels[i]);
        }
    }

    @Test
    void contentHashDoesNotDependOnRowGrouping() {
        Data d = data(5000, 2);
        ContentHasher small = new ContentHasher(NUMERIC);
        ContentHasher large = new ContentHasher(NUMERIC);
        write(d, 100, small);
        write(d, 4096, large);
        assertThat(small.finish(SCHEMA)).isEqualTo(large.finish(SCHEMA));
    }

    @Test
    void contentHashChangesWithOneValue() {
        Data d = data(1000, 3);
        ContentHasher before = new ContentHasher(NUMERIC);
        write(d, 256, before);
        d.labels[999] = "changed";
        ContentHasher after = new ContentHasher(NUMERIC);
        write(d, 256, after);
        assertThat(after.finish(SCHEMA)).isNotEqualTo(before.finish(SCHEMA));
    }

    @Test
    void fewDecimalsAreStoredCompactly() {
        Data d = data(20_000, 4);
        Arrays.fill(d.raw, 1.5);
        int size = write(d, 20_000, new ContentHasher(NUMERIC)).length;
        assertThat(size).isLessThan(20_000 * (3 + 1 + 5 + 1));
    }

    @Test
    void refusesFilesOfAnotherFormatAndTruncatedFiles() {
        assertThatThrownBy(() -> new ColumnarReader(new ByteArrayInputStream("id,x\n1,2\n".getBytes(
                StandardCharsets.UTF_8)))).isInstanceOf(CorruptDataException.class).hasMessageContaining("MLWBCOL1");
        byte[] file = write(data(1000, 5), 500, new ContentHasher(NUMERIC));
        byte[] cut = Arrays.copyOf(file, file.length - 200);
        ColumnarReader reader = new ColumnarReader(new ByteArrayInputStream(cut));
        assertThatThrownBy(() -> {
            while (reader.next().isPresent()) {
                continue;
            }
        }).isInstanceOf(CorruptDataException.class);
    }
}
