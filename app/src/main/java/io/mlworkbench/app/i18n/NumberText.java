package io.mlworkbench.app.i18n;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Formats the numbers of statistics and results the same way on every screen and in the command line:
 * counts with thousands separators ({@code 32,561}), shares as percentages ({@code 24.1%}), measurements with
 * up to six significant digits ({@code 38.5816}, {@code 0.000123}, {@code 1.23457e+09}).
 */
public final class NumberText {

    private NumberText() {
    }

    /**
     * @param n a count
     * @return it with thousands separators
     */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * @param share a fraction from 0 to 1
     * @return it as a percentage with one decimal, or three when it is small but not zero ({@code 0.012%})
     */
    public static String percentOf(double share) {
        return percent(share * 100);
    }

    /**
     * @param percent a percentage from 0 to 100
     * @return it with one decimal, or three when it is below 0.1 but not zero
     */
    public static String percent(double percent) {
        return percent >= 0.1 || percent == 0 ? String.format(Locale.ROOT, "%.1f%%", percent)
                : String.format(Locale.ROOT, "%.3f%%", percent);
    }

    /**
     * @param value a measurement
     * @return it with at most six significant digits, without trailing zeros; scientific beyond 1e9
     */
    public static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value != 0 && (Math.abs(value) >= 1e9 || Math.abs(value) < 1e-4)) {
            return String.format(Locale.ROOT, "%.6g", value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /**
     * @param value a bin edge or tick
     * @return it with at most three significant digits, e.g. {@code 25.7}, {@code 1,480,000} as {@code 1.48e+06}
     */
    public static String axis(double value) {
        if (value != 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3)) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
