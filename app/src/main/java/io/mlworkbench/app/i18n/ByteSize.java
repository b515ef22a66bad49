package io.mlworkbench.app.i18n;

import java.util.Locale;

/** Formats a number of bytes the way people read sizes: {@code 512 B}, {@code 1.4 MB}, {@code 2.0 GB}. */
public final class ByteSize {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    /**
     * @param bytes a size in bytes, not negative
     * @return the size in the largest unit that keeps the number at least 1 (powers of 1024)
     */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
