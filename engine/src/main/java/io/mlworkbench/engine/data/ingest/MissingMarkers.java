package io.mlworkbench.engine.data.ingest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Decides which raw values mean "missing". The marker {@code ""} matches an empty field, {@code " "} any field of
 * only spaces and tabs; any other marker matches a field equal to it once surrounding spaces are trimmed.
 */
public final class MissingMarkers {

    private final boolean empty;
    private final boolean blank;
    private final byte[][] markers;
    private final int maxLength;

    /**
     * @param markerTexts the markers
     * @param charset the encoding of the bytes to test
     */
    public MissingMarkers(Set<String> markerTexts, Charset charset) {
        empty = markerTexts.contains("");
        blank = markerTexts.contains(" ");
        List<byte[]> others = new ArrayList<>();
        int max = 0;
        for (String m : markerTexts) {
            if (!m.isBlank()) {
                byte[] b = m.strip().getBytes(charset);
                others.add(b);
                max = Math.max(max, b.length);
            }
        }
        markers = others.toArray(new byte[0][]);
        maxLength = max;
    }

    /** @return true when some marker is itself a number (e.g. {@code -999}), so numbers must be checked too */
    public boolean hasNumericMarker() {
        for (byte[] m : markers) {
            if (!Double.isNaN(NumberParser.parseDecimal(m, 0, m.length))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param b the bytes
     * @param start the field's first byte
     * @param end the field's end (exclusive)
     * @return true when the field is a missing value
     */
    public boolean isMissing(byte[] b, int start, int end) {
        if (start == end) {
            return empty || blank;
        }
        int s = NumberParser.skipSpaces(b, start, end);
        int e = NumberParser.trimSpaces(b, s, end);
        if (s == e) {
            return blank;
        }
        int len = e - s;
        if (len > maxLength) {
            return false;
        }
        for (byte[] m : markers) {
            if (m.length == len && Arrays.equals(m, 0, len, b, s, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param value a value as text
     * @param charset its encoding for the comparison
     * @return true when it is a missing value
     */
    public boolean isMissing(String value, Charset charset) {
        byte[] b = value.getBytes(charset);
        return isMissing(b, 0, b.length);
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\t';
    }
}
