package io.mlworkbench.engine.data.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers straight from bytes, without making a {@code String}: the import's hot path. Accepts an
 * optional sign, digits with an optional decimal point and an optional exponent ({@code -1.5e3}), surrounded by
 * optional spaces. Rejects everything else, including {@code NaN}, {@code Infinity}, hex and thousands
 * separators. Results equal {@link Double#parseDouble} exactly: the common case (a mantissa below 2^53,
 * a power of ten up to 22) is one exact multiplication or division, the rest falls back to the JDK.
 */
public final class NumberParser {

    /** The largest integer a double holds exactly: 2^53. */
    public static final long MAX_EXACT_INTEGER = 1L << 53;

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private NumberParser() {
    }

    /**
     * @param b bytes
     * @param start first byte
     * @param end end (exclusive)
     * @return the first index from {@code start} that is not a space or tab ({@code end} when none)
     */
    static int skipSpaces(byte[] b, int start, int end) {
        int s = start;
        while (s < end && MissingMarkers.isSpace(b[s])) {
            s++;
        }
        return s;
    }

    /**
     * @param b bytes
     * @param start first byte
     * @param end end (exclusive)
     * @return {@code end} moved back over trailing spaces and tabs, not before {@code start}
     */
    static int trimSpaces(byte[] b, int start, int end) {
        int e = end;
        while (e > start && MissingMarkers.isSpace(b[e - 1])) {
            e--;
        }
        return e;
    }

    /**
     * @param b bytes
     * @param start first byte
     * @param end end (exclusive)
     * @return the integer as a double, or NaN when the field is not an integer within +-2^53
     */
    public static double parseInteger(byte[] b, int start, int end) {
        int s = skipSpaces(b, start, end);
        int e = trimSpaces(b, s, end);
        boolean negative = false;
        if (s < e && (b[s] == '-' || b[s] == '+')) {
            negative = b[s] == '-';
            s++;
        }
        if (s == e || e - s > 16) {
            return Double.NaN;
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return Double.NaN;
            }
            v = v * 10 + d;
        }
        if (v > MAX_EXACT_INTEGER) {
            return Double.NaN;
        }
        return negative ? -v : v;
    }

    /**
     * @param b bytes
     * @param start first byte
     * @param end end (exclusive)
     * @return the number, or NaN when the field is not a decimal number
     */
    public static double parseDecimal(byte[] b, int start, int end) {
        int s = skipSpaces(b, start, end);
        int e = trimSpaces(b, s, end);
        int i = s;
        boolean negative = false;
        if (i < e && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digitsStart = i;
        int d;
        while (i < e && (d = b[i] - '0') >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            i++;
        }
        int intDigits = i - digitsStart;
        int fraction = 0;
        if (i < e && b[i] == '.') {
            i++;
            int fractionStart = i;
            while (i < e && (d = b[i] - '0') >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                i++;
            }
            fraction = i - fractionStart;
        }
        if (intDigits + fraction == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < e) {
            if (b[i] != 'e' && b[i] != 'E') {
                return Double.NaN;
            }
            i++;
            boolean negExp = false;
            if (i < e && (b[i] == '-' || b[i] == '+')) {
                negExp = b[i] == '-';
                i++;
            }
            if (i == e) {
                return Double.NaN;
            }
            for (; i < e; i++) {
                d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return Double.NaN;
                }
                if (exponent < 100_000) {
                    exponent = exponent * 10 + d;
                }
            }
            if (negExp) {
                exponent = -exponent;
            }
        }
        int power = exponent - fraction;
        // Up to 18 digits cannot overflow; below 2^53 the mantissa is exact, and so is 10^|power| up to 22.
        if (intDigits + fraction <= 18 && mantissa <= MAX_EXACT_INTEGER && power >= -22 && power <= 22) {
            double m = mantissa;
            double v = power >= 0 ? m * POW10[power] : m / POW10[-power];
            return negative ? -v : v;
        }
        double v = Double.parseDouble(new String(b, s, e - s, StandardCharsets.US_ASCII));
        return Double.isInfinite(v) ? Double.NaN : v;
    }
}
