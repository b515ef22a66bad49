package io.mlworkbench.engine.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ingest.CsvDialect;
import io.mlworkbench.engine.data.ingest.InvalidEncodingException;
import io.mlworkbench.engine.data.ingest.LineEnding;
import io.mlworkbench.engine.data.ingest.RawRecord;
import io.mlworkbench.engine.data.ingest.UnterminatedQuoteException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The tokenizer splits exactly as Commons CSV does, and reports lines precisely. */
class CsvTokenizerTest {

    private static final CsvDialect COMMA = CsvDialect.rfc4180();

    static List<List<String>> tokenize(String text, CsvDialect dialect, int bufferLimit) {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, bufferLimit));
            }
        };
        CsvTokenizer t = new CsvTokenizer(in, "x.csv", dialect, () -> { });
        List<List<String>> rows = new ArrayList<>();
        RawRecord r = new RawRecord();
        while (t.next(r)) {
            rows.add(Arrays.asList(r.toStrings(StandardCharsets.UTF_8)));
        }
        return rows;
    }

    static List<List<String>> commons(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            for (CSVRecord rec : p) {
                rows.add(rec.toList());
            }
        }
        return rows;
    }

    private static String randomCsv(Random rnd) {
        String[] pieces = {"a", "bc", "1.5", "-3", " ", "é", "日本", "x y", ",", "\"", "\r\n", "\n", ""};
        StringBuilder sb = new StringBuilder();
        int rows = 1 + rnd.nextInt(30);
        int cols = 1 + rnd.nextInt(6);
        String eol = rnd.nextBoolean() ? "\n" : "\r\n";
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                StringBuilder field = new StringBuilder();
                int n = rnd.nextInt(4);
                for (int i = 0; i < n; i++) {
                    field.append(pieces[rnd.nextInt(pieces.length)]);
                }
                String f = field.toString();
                boolean mustQuote = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")
                        || (cols == 1 && f.isEmpty());
                if (mustQuote || rnd.nextInt(5) == 0) {
                    sb.append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append(f);
                }
            }
            sb.append(eol);
        }
        return sb.toString();
    }

    @Test
    void agreesWithCommonsCsvOnGeneratedFiles() throws IOException {
        Random rnd = new Random(42);
        for (int i = 0; i < 500; i++) {
            String csv = randomCsv(rnd);
            assertThat(tokenize(csv, COMMA, 1 + rnd.nextInt(64))).as(csv).isEqualTo(commons(csv));
        }
    }

    @Test
    void readsEveryLineEnding() {
        List<List<String>> expected = List.of(List.of("a", "b"), List.of("1", "2"));
        assertThat(tokenize("a,b\n1,2\n", COMMA, 100)).isEqualTo(expected);
        assertThat(tokenize("a,b\r\n1,2\r\n", COMMA, 100)).isEqualTo(expected);
        assertThat(tokenize("a,b\r1,2\r", COMMA, 100)).isEqualTo(expected);
        assertThat(tokenize("a,b\r1,2", COMMA, 1)).isEqualTo(expected);
    }

    @Test
    void trimsLeadingSpacesForCommaSpaceSeparators() {
        CsvDialect commaSpace = COMMA.withTrimLeadingSpaces(true);
        assertThat(tokenize("39, State-gov, \"a, b\",  x\n", commaSpace, 100))
                .containsExactly(List.of("39", "State-gov", "a, b", "x"));
    }

    @Test
    void honoursBackslashEscapesAndOtherDelimiters() {
        CsvDialect escaped = new CsvDialect(';', false, '"', '\\', "UTF-8", LineEnding.LF);
        assertThat(tokenize("\"say \\\"hi\\\"\";b\\;c\n", escaped, 3)).containsExactly(List.of("say \"hi\"", "b;c"));
        CsvDialect tab = new CsvDialect('\t', false, null, null, "UTF-8", LineEnding.LF);
        assertThat(tokenize("a\t\"b\"\n", tab, 100)).containsExactly(List.of("a", "\"b\""));
    }

    @Test
    void recordsStartLinesAcrossQuotedLineBreaksAndBlankLines() {
        CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream("a\n\n\"x\ny\"\r\nz\n".getBytes(StandardCharsets.UTF_8)),
                "x.csv", COMMA, () -> { });
        RawRecord r = new RawRecord();
        List<Long> lines = new ArrayList<>();
        while (t.next(r)) {
            lines.add(r.line());
        }
        assertThat(lines).containsExactly(1L, 3L, 5L);
    }

    @Test
    void skipsJunkLinesWhateverTheyHold() {
        CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream("|1x3 \"Cross\nvalidator\na,b\n".getBytes(
                StandardCharsets.UTF_8)), "x.csv", COMMA, () -> { });
        t.skipLines(2);
        RawRecord r = new RawRecord();
        assertThat(t.next(r)).isTrue();
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.toStrings(StandardCharsets.UTF_8)).containsExactly("a", "b");
    }

    @Test
    void unterminatedQuoteAtTheEndNamesItsLine() {
        assertThatThrownBy(() -> tokenize("a\n\"b\n\nc", COMMA, 2)).isInstanceOf(UnterminatedQuoteException.class)
                .hasMessageStartingWith("x.csv:2:");
    }

    @Test
    void truncatedUtf8AtTheEndIsInvalid() {
        byte[] bytes = {'a', '\n', (byte) 0xE6, (byte) 0x97};
        CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream(bytes), "x.csv", COMMA, () -> { });
        RawRecord r = new RawRecord();
        assertThat(t.next(r)).isTrue();
        assertThatThrownBy(() -> t.next(r)).isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("ends inside a multi-byte character");
    }
}
