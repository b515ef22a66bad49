package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.columnar.ColumnBatch;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw records into typed values in a {@link ColumnBatch}, verifying every value against its column's
 * type. A value that does not fit fails the import, or with {@link TypeMismatchPolicy#WIDEN} widens the column:
 * INTEGER to DECIMAL in place, any other widening by restarting the import with the wider type.
 */
final class BatchDecoder {

    private final RecordSource source;
    private final Charset charset;
    private final MissingMarkers markers;
    private final TypeMismatchPolicy policy;
    private final ColumnSpec[] specs;
    private final DateTimeFormats.Parser[] dateParsers;
    private final List<Widening> widenings = new ArrayList<>();
    private final int[] kinds;
    private final boolean numericMarkers;

    private static final int KIND_INTEGER = 0;
    private static final int KIND_DECIMAL = 1;
    private static final int KIND_BOOLEAN = 2;
    private static final int KIND_DATETIME = 3;
    private static final int KIND_LABEL = 4;

    BatchDecoder(RecordSource source, List<ColumnSpec> columns, MissingMarkers markers, TypeMismatchPolicy policy) {
        this.source = source;
        this.charset = source.charset();
        this.markers = markers;
        this.policy = policy;
        this.specs = columns.toArray(new ColumnSpec[0]);
        this.dateParsers = new DateTimeFormats.Parser[specs.length];
        this.kinds = new int[specs.length];
        this.numericMarkers = markers.hasNumericMarker();
        for (int c = 0; c < specs.length; c++) {
            kinds[c] = kindOf(specs[c].type());
            if (specs[c].type() == ColumnType.DATETIME) {
                dateParsers[c] = DateTimeFormats.parser(specs[c].dateTimeFormat());
            }
        }
    }

    private static int kindOf(ColumnType type) {
        return switch (type) {
            case INTEGER -> KIND_INTEGER;
            case DECIMAL -> KIND_DECIMAL;
            case BOOLEAN -> KIND_BOOLEAN;
            case DATETIME -> KIND_DATETIME;
            default -> KIND_LABEL;
        };
    }

    /** @return the columns as they are now, after any in-place widening */
    List<ColumnSpec> columns() {
        return List.of(specs);
    }

    /** @return the widenings done in place so far */
    List<Widening> widenings() {
        return widenings;
    }

    /** Decodes one record (of the right field count) into the batch's next row. */
    void decode(RawRecord r, ColumnBatch batch) {
        int row = batch.rows();
        byte[] b = r.data();
        for (int c = 0; c < specs.length; c++) {
            int s = r.start(c);
            int e = r.end(c);
            if (r.isNull(c)) {
                setMissing(batch, c, row);
                continue;
            }
            switch (kinds[c]) {
                case KIND_INTEGER -> {
                    // A number is never a marker unless a marker looks like a number: parse first, then check.
                    double v = NumberParser.parseInteger(b, s, e);
                    batch.numbers(c)[row] = !Double.isNaN(v) && !numericMarkers ? v
                            : markers.isMissing(b, s, e) ? Double.NaN : Double.isNaN(v) ? integer(r, c, b, s, e) : v;
                }
                case KIND_DECIMAL -> {
                    double v = NumberParser.parseDecimal(b, s, e);
                    batch.numbers(c)[row] = !Double.isNaN(v) && !numericMarkers ? v
                            : markers.isMissing(b, s, e) ? Double.NaN : check(v, r, c, "a number such as 12, -0.5 or 1.2e3");
                }
                case KIND_BOOLEAN -> batch.numbers(c)[row] = markers.isMissing(b, s, e) ? Double.NaN
                        : check(BooleanValues.parse(b, s, e), r, c, "true/false, yes/no, y/n, t/f or 1/0");
                case KIND_DATETIME -> batch.numbers(c)[row] = markers.isMissing(b, s, e) ? Double.NaN
                        : check(dateParsers[c].parse(new String(b, s, e - s, charset)), r, c,
                        "a date/time like " + specs[c].dateTimeFormat());
                default -> batch.codes(c)[row] = markers.isMissing(b, s, e) ? -1 : label(batch, c, b, s, e);
            }
        }
        batch.endRow();
    }

    private static void setMissing(ColumnBatch batch, int c, int row) {
        if (batch.isNumeric(c)) {
            batch.numbers(c)[row] = Double.NaN;
        } else {
            batch.codes(c)[row] = -1;
        }
    }

    private double integer(RawRecord r, int c, byte[] b, int s, int e) {
        double v = NumberParser.parseInteger(b, s, e);
        if (!Double.isNaN(v)) {
            return v;
        }
        double d = NumberParser.parseDecimal(b, s, e);
        if (policy == TypeMismatchPolicy.WIDEN && !Double.isNaN(d) && Math.abs(d) < NumberParser.MAX_EXACT_INTEGER) {
            widenings.add(new Widening(specs[c].name(), ColumnType.INTEGER, ColumnType.DECIMAL,
                    source.location(r.line()), value(r, c)));
            specs[c] = specs[c].withType(ColumnType.DECIMAL);
            kinds[c] = KIND_DECIMAL;
            return d;
        }
        return mismatch(r, c, "an integer within +-2^53");
    }

    private double check(double v, RawRecord r, int c, String expected) {
        return Double.isNaN(v) ? mismatch(r, c, expected) : v;
    }

    private double mismatch(RawRecord r, int c, String expected) {
        ColumnType from = specs[c].type();
        if (policy == TypeMismatchPolicy.FAIL) {
            throw new TypeMismatchException(source.location(r.line()), specs[c].name(), from, expected, value(r, c));
        }
        ColumnType to = from == ColumnType.BOOLEAN ? ColumnType.CATEGORICAL : ColumnType.TEXT;
        throw new WidenRequired(c, new Widening(specs[c].name(), from, to, source.location(r.line()), value(r, c)));
    }

    private int label(ColumnBatch batch, int c, byte[] b, int s, int e) {
        if (specs[c].normaliseLabel()) {
            s = NumberParser.skipSpaces(b, s, e);
            e = NumberParser.trimSpaces(b, s, e);
            if (e > s && b[e - 1] == '.') {
                e--;
            }
        }
        return batch.dictionary(c).code(b, s, e - s);
    }

    private String value(RawRecord r, int c) {
        return r.text(c, charset);
    }
}
