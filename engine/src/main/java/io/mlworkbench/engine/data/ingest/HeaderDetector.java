package io.mlworkbench.engine.data.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the first row holds column names, the way Python's {@code csv.Sniffer.has_header} does: a
 * column of numbers whose first value is text votes "header", one whose first value is a number too votes
 * "data". Without numeric columns, a first row of distinct, non-blank values that do not recur below is a
 * header.
 */
public final class HeaderDetector {

    /**
     * The decision and its reason.
     *
     * @param header true when the first row holds names
     * @param evidence why, for the preview
     */
    public record Decision(boolean header, String evidence) {
    }

    private HeaderDetector() {
    }

    /**
     * @param rows the first rows after any junk lines (about 50 suffice), as text
     * @return the decision
     */
    public static Decision detect(List<String[]> rows) {
        if (rows.isEmpty()) {
            return new Decision(false, "no rows to look at");
        }
        String[] first = rows.get(0);
        List<String[]> body = rows.subList(1, rows.size());
        int header = 0;
        int data = 0;
        for (int c = 0; c < first.length; c++) {
            if (!isNumericColumn(body, c)) {
                continue;
            }
            if (isNumber(first[c])) {
                data++;
            } else if (first[c] != null && !first[c].isBlank()) {
                header++;
            }
        }
        if (header + data > 0) {
            return header > data
                    ? new Decision(true, String.format(Locale.ROOT,
                    "the first row has text where %d numeric column(s) hold numbers: it is a header", header))
                    : new Decision(false, String.format(Locale.ROOT,
                    "the first row has numbers in %d numeric column(s), like the rows below: no header", data));
        }
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < first.length; c++) {
            String v = first[c];
            if (v == null || v.isBlank() || !seen.add(v) || recurs(body, c, v)) {
                return new Decision(false, "the first row's values are blank, repeated or recur below: no header");
            }
        }
        return new Decision(body.size() > 0 || first.length > 1,
                "the first row's values are distinct and do not recur in their columns: it is a header");
    }

    private static boolean isNumericColumn(List<String[]> body, int c) {
        int numbers = 0;
        for (String[] row : body) {
            String v = c < row.length ? row[c] : null;
            if (v == null || v.isBlank()) {
                continue;
            }
            if (!isNumber(v)) {
                return false;
            }
            numbers++;
        }
        return numbers > 0;
    }

    private static boolean recurs(List<String[]> body, int c, String v) {
        for (String[] row : body) {
            if (c < row.length && v.equals(row[c])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String v) {
        if (v == null) {
            return false;
        }
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        return !Double.isNaN(NumberParser.parseDecimal(b, 0, b.length));
    }
}
