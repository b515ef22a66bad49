package io.mlworkbench.engine.data.excel;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Formats numeric cells for importing rather than for display: numbers in full precision without grouping or
 * currency ({@code 1234.5}, not {@code $1,234.50}), dates as {@code yyyy-MM-dd} and date-times as
 * {@code yyyy-MM-dd HH:mm:ss}, whatever the cell's display format.
 */
final class PlainDataFormatter extends DataFormatter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    PlainDataFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            boolean hasTime = formatString.toLowerCase(Locale.ROOT).matches(".*[hs].*");
            return hasTime ? DATE_TIME.format(t) : DATE.format(t);
        }
        return NumberToTextConverter.toText(value);
    }
}
