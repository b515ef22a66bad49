package io.mlworkbench.engine.data.csv;

import io.mlworkbench.engine.data.ingest.CsvDialect;
import io.mlworkbench.engine.data.ingest.EmptySourceException;
import io.mlworkbench.engine.data.ingest.HeaderDetector;
import io.mlworkbench.engine.data.ingest.ImportException;
import io.mlworkbench.engine.data.ingest.LineEnding;
import io.mlworkbench.engine.data.ingest.RawRecord;
import io.mlworkbench.engine.data.ingest.SourceReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sniffs how a delimited text file is written from its first {@link #SAMPLE_BYTES} bytes: encoding, line
 * ending, delimiter (the candidate giving the most rows with one consistent field count), junk lines before the
 * data, {@code ", "} separators, backslash escapes and whether there is a header row. Every conclusion comes
 * with its evidence; the user can override each.
 */
public final class DialectSniffer {

    /** How much of the file is looked at. */
    public static final int SAMPLE_BYTES = 256 * 1024;
    private static final int MAX_RECORDS = 500;
    private static final int MAX_JUNK_LINES = 10;
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    /**
     * What was found.
     *
     * @param dialect the dialect
     * @param skipLines junk lines before the data
     * @param header whether the first row holds names
     * @param evidence the reasons, one per conclusion
     */
    public record Result(CsvDialect dialect, int skipLines, boolean header, List<String> evidence) {

        /** Copies the evidence. */
        public Result {
            evidence = List.copyOf(evidence);
        }
    }

    private DialectSniffer() {
    }

    /**
     * @param file a delimited text file
     * @return the sniffed dialect
     */
    public static Result sniff(Path file) {
        String name = file.getFileName().toString();
        FileSnapshot snapshot = FileSnapshot.of(file);
        if (snapshot.size() == 0) {
            throw new EmptySourceException(name, "is empty (0 bytes)");
        }
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw new SourceReadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return sniff(sample, snapshot.size() <= SAMPLE_BYTES, name);
    }

    /**
     * @param sample the file's first bytes
     * @param wholeFile true when the sample is the whole file
     * @param name the file name, for messages
     * @return the sniffed dialect
     */
    public static Result sniff(byte[] sample, boolean wholeFile, String name) {
        List<String> evidence = new ArrayList<>();
        EncodingSniffer.Result encoding = EncodingSniffer.sniff(sample, wholeFile, name);
        evidence.add("encoding " + encoding.encoding() + ": " + encoding.evidence());
        Charset charset = Charset.forName(encoding.encoding());
        byte[] text = Arrays.copyOfRange(sample, EncodingSniffer.bomLength(sample, charset), sample.length);
        if (!CsvRecordSource.isAsciiCompatible(charset)) {
            text = new String(text, charset).getBytes(StandardCharsets.UTF_8);
        }
        if (new String(text, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new EmptySourceException(name, "has only blank lines");
        }
        LineEnding ending = lineEnding(text);
        evidence.add("line endings " + ending);
        String tokenEncoding = CsvRecordSource.isAsciiCompatible(charset) ? encoding.encoding() : "UTF-8";
        char delimiter = ',';
        int width = 1;
        List<RawRecord> best = List.of();
        double bestScore = -1;
        for (char candidate : CANDIDATES) {
            List<RawRecord> records = tokenize(text, wholeFile, new CsvDialect(candidate, false, '"', null,
                    tokenEncoding, ending), name);
            int[] mode = mode(records);
            double score = mode[0] < 2 || records.isEmpty() ? -1 : (double) mode[1] / records.size() + mode[0] * 1e-6;
            if (score > bestScore) {
                bestScore = score;
                delimiter = candidate;
                width = mode[0];
                best = records;
            }
        }
        if (bestScore < 0) {
            evidence.add("no delimiter (, ; TAB |) splits the lines: one column");
            best = tokenize(text, wholeFile, new CsvDialect(',', false, '"', null, tokenEncoding, ending), name);
        } else {
            int w = width;
            long consistent = best.stream().filter(r -> r.fieldCount() == w).count();
            evidence.add(String.format(Locale.ROOT, "delimiter %s: %d fields on %d of %d sampled rows",
                    CsvDialect.printable(delimiter), width, consistent, best.size()));
        }
        int skipLines = junkLines(best, width, evidence);
        boolean trim = startsWithSpace(best, width, skipLines);
        if (trim) {
            evidence.add("fields after the first start with a space: the separator is '" + delimiter
                    + " ' and leading spaces are trimmed");
        }
        Character escape = null;
        String ascii = new String(text, StandardCharsets.ISO_8859_1);
        if (backslashEscapesQuotes(ascii)) {
            escape = '\\';
            evidence.add("quotes inside fields are escaped with a backslash");
        }
        CsvDialect dialect = new CsvDialect(delimiter, trim, '"', escape, encoding.encoding(), ending);
        List<String[]> rows = new ArrayList<>();
        for (RawRecord r : tokenize(text, wholeFile, new CsvDialect(delimiter, trim, '"', escape, tokenEncoding, ending),
                name)) {
            if (r.line() > skipLines && rows.size() < 50) {
                rows.add(r.toStrings(StandardCharsets.UTF_8));
            }
        }
        HeaderDetector.Decision header = HeaderDetector.detect(rows);
        evidence.add(header.evidence());
        return new Result(dialect, skipLines, header.header(), evidence);
    }

    private static List<RawRecord> tokenize(byte[] text, boolean wholeFile, CsvDialect dialect, String name) {
        List<RawRecord> records = new ArrayList<>();
        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(text), name, dialect, () -> { });
        try {
            while (records.size() < MAX_RECORDS) {
                RawRecord r = new RawRecord();
                if (!tokenizer.next(r)) {
                    break;
                }
                records.add(r);
            }
        } catch (ImportException e) {
            // A sample cut mid-field, or a wrong candidate delimiter: judge by the rows read so far.
            return records;
        }
        if (!wholeFile && records.size() < MAX_RECORDS && !records.isEmpty()) {
            records.remove(records.size() - 1);
        }
        return records;
    }

    private static int[] mode(List<RawRecord> records) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (RawRecord r : records) {
            int c = counts.merge(r.fieldCount(), 1, Integer::sum);
            if (c > bestCount || (c == bestCount && r.fieldCount() > best)) {
                best = r.fieldCount();
                bestCount = c;
            }
        }
        return new int[] {best, bestCount};
    }

    private static int junkLines(List<RawRecord> records, int width, List<String> evidence) {
        for (int i = 0; i < Math.min(records.size(), MAX_JUNK_LINES + 1); i++) {
            if (records.get(i).fieldCount() == width) {
                if (i > 0) {
                    int lines = (int) records.get(i).line() - 1;
                    evidence.add(String.format(Locale.ROOT, "%d junk line(s) before the data skipped: line 1 has %d"
                            + " field(s) where the rest have %d", lines, records.get(0).fieldCount(), width));
                    return lines;
                }
                return 0;
            }
        }
        return 0;
    }

    private static boolean startsWithSpace(List<RawRecord> records, int width, int skipLines) {
        int fields = 0;
        int spaced = 0;
        for (RawRecord r : records) {
            if (r.line() <= skipLines || r.fieldCount() != width || width < 2) {
                continue;
            }
            for (int f = 1; f < width; f++) {
                if (r.end(f) > r.start(f)) {
                    fields++;
                    if (r.data()[r.start(f)] == ' ') {
                        spaced++;
                    }
                }
            }
        }
        return fields > 0 && spaced >= fields * 0.9;
    }

    /** True when quotes inside fields are written {@code \"} more often than doubled ({@code ""}). */
    private static boolean backslashEscapesQuotes(String text) {
        int escaped = 0;
        int doubled = 0;
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                if (text.charAt(i - 1) == '\\') {
                    escaped++;
                } else if (text.charAt(i - 1) == '"' && (i < 2 || text.charAt(i - 2) != '\\')) {
                    doubled++;
                }
            }
        }
        return escaped > 0 && escaped >= doubled;
    }

    private static LineEnding lineEnding(byte[] text) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\r') {
                if (i + 1 < text.length && text[i + 1] == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (text[i] == '\n') {
                lf++;
            }
        }
        if (crlf == 0 && lf == 0 && cr == 0) {
            return LineEnding.NONE;
        }
        return crlf >= lf && crlf >= cr ? LineEnding.CRLF : lf >= cr ? LineEnding.LF : LineEnding.CR;
    }
}
