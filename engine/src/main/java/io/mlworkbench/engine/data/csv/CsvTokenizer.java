package io.mlworkbench.engine.data.csv;

import io.mlworkbench.engine.data.ingest.BinaryFileException;
import io.mlworkbench.engine.data.ingest.CsvDialect;
import io.mlworkbench.engine.data.ingest.FieldTooLargeException;
import io.mlworkbench.engine.data.ingest.ImportException;
import io.mlworkbench.engine.data.ingest.InvalidEncodingException;
import io.mlworkbench.engine.data.ingest.RawRecord;
import io.mlworkbench.engine.data.ingest.SourceReadException;
import io.mlworkbench.engine.data.ingest.TooManyColumnsException;
import io.mlworkbench.engine.data.ingest.UnterminatedQuoteException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;

/**
 * Splits delimited text into records, byte by byte, for any ASCII-compatible encoding (UTF-8, windows-1252,
 * ISO-8859-1; UTF-16 arrives transcoded to UTF-8). Handles quoted fields with doubled or escaped quotes and
 * line breaks inside, CRLF/LF/CR line endings, leading-space trimming, and skips blank lines. Rejects NUL bytes,
 * bytes invalid in the encoding, fields over {@link #MAX_FIELD_BYTES}, rows over {@link #MAX_COLUMNS} fields and
 * quotes never closed, each with its line. Not thread-safe.
 *
 * <p>Longer than most classes on purpose: the fast path (whole records of plain fields, eight bytes at a time,
 * no copying) and the general state machine share the read buffer's state, and keeping them together lets the
 * JIT inline the hot loop. It is the import's hottest code; see {@code docs/benchmarks.md}.
 */
public final class CsvTokenizer {

    /** The longest field accepted: 1 MiB. */
    public static final int MAX_FIELD_BYTES = 1 << 20;
    /** The most fields in one row. */
    public static final int MAX_COLUMNS = 10_000;
    private static final long MAX_RECORD_BYTES = 256L << 20;

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF_WORD = ONES * '\n';
    private static final long CR_WORD = ONES * '\r';

    /** No quote or escape character: a value no byte equals. */
    private static final int NONE = 0x10000;

    private static final int FIELD_ENDED = 1;
    private static final int RECORD_ENDED = 2;

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private static final int AFTER_QUOTE = 4;
    private static final int ESCAPED_UNQUOTED = 5;
    private static final int ESCAPED_QUOTED = 6;

    private final InputStream in;
    private final String sourceName;
    private final String encoding;
    private final byte delimiter;
    private final int quote;
    private final int escape;
    private final boolean trim;
    /** A further byte that ends a plain run: the escape character, or a line feed (already a stop) when none. */
    private final byte plainStop;
    private final long delimiterWord;
    private final long stopWord;
    private final ByteValidation validation;
    private final byte[] buf = new byte[1 << 18];
    private final Runnable onFill;
    private int pos;
    private int limit;
    private long bufferStart;
    private long line = 1;
    private boolean skipLf;
    private boolean prevCr;
    private int utf8Need;
    private int utf8Lead;
    private long utf8LeadOffset;
    private boolean eof;

    /**
     * @param in the bytes, positioned after any byte-order mark; not closed here
     * @param sourceName the file name, for messages
     * @param dialect how the file is written; its encoding must be ASCII-compatible
     * @param onFill run after every buffer read, e.g. to report progress and check cancellation
     */
    public CsvTokenizer(InputStream in, String sourceName, CsvDialect dialect, Runnable onFill) {
        this.in = in;
        this.sourceName = sourceName;
        this.encoding = dialect.encoding();
        this.delimiter = (byte) dialect.delimiter();
        this.quote = dialect.quote() == null ? NONE : dialect.quote();
        this.escape = dialect.escape() == null ? NONE : dialect.escape();
        this.trim = dialect.trimLeadingSpaces();
        this.plainStop = dialect.escape() == null ? (byte) '\n' : (byte) (char) dialect.escape();
        this.delimiterWord = ONES * (delimiter & 0xFF);
        this.stopWord = ONES * (plainStop & 0xFF);
        this.validation = ByteValidation.of(dialect.charset());
        this.onFill = onFill;
    }

    /** @return bytes consumed so far */
    public long bytesRead() {
        return bufferStart + pos;
    }

    /** @return the 1-based line the tokenizer is on */
    public long line() {
        return line;
    }

    /**
     * Skips whole lines, whatever they hold (junk before the header).
     *
     * @param count how many lines
     */
    public void skipLines(int count) {
        int skipped = 0;
        while (skipped < count) {
            if (pos == limit && !fill()) {
                return;
            }
            byte b = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\n' || b == '\r') {
                skipped++;
                line++;
                skipLf = b == '\r';
            }
        }
    }

    /**
     * Reads the next record that is not a blank line.
     *
     * @param rec filled with the record's fields and start line
     * @return false at the end of the input
     */
    public boolean next(RawRecord rec) {
        while (readRecord(rec)) {
            if (rec.fieldCount() != 1 || rec.size() != 0 || rec.hasQuotedField()) {
                return true;
            }
        }
        return false;
    }

    private boolean readRecord(RawRecord rec) {
        rec.clear();
        rec.setLine(line);
        if (!skipLf && readPlainRecord(rec)) {
            return true;
        }
        int state = FIELD_START;
        long quoteLine = -1;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                checkSizes(rec, quoteLine);
                if (!fill()) {
                    if (state == QUOTED || state == ESCAPED_QUOTED) {
                        throw new UnterminatedQuoteException(sourceName + ":" + quoteLine, (char) quote);
                    }
                    if (utf8Need > 0) {
                        throw new InvalidEncodingException(sourceName + ":" + line, encoding,
                                "the file ends inside a multi-byte character");
                    }
                    if (!any) {
                        return false;
                    }
                    endField(rec, quoteLine);
                    return true;
                }
            }
            byte b = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (b == '\n') {
                    rec.setLine(line);
                    continue;
                }
            }
            if (b <= 0 || utf8Need > 0) {
                validate(b);
            }
            any = true;
            if (state <= UNQUOTED) {
                if (state == FIELD_START) {
                    if (trim && b == ' ') {
                        continue;
                    }
                    if (b == quote) {
                        state = QUOTED;
                        quoteLine = line;
                        prevCr = false;
                        rec.markQuoted();
                        continue;
                    }
                    state = UNQUOTED;
                }
                int ended = endAt(rec, b, quoteLine);
                if (ended == RECORD_ENDED) {
                    return true;
                } else if (ended == FIELD_ENDED) {
                    state = FIELD_START;
                    quoteLine = -1;
                } else if (b == escape) {
                    state = ESCAPED_UNQUOTED;
                } else {
                    rec.append(b);
                    scanPlain(rec);
                }
            } else if (state == QUOTED) {
                if (b == quote) {
                    state = escape == NONE || escape == quote ? QUOTE_IN_QUOTED : AFTER_QUOTE;
                } else if (b == escape) {
                    state = ESCAPED_QUOTED;
                } else {
                    countLineInQuotes(b);
                    rec.append(b);
                }
            } else if (state == QUOTE_IN_QUOTED || state == AFTER_QUOTE) {
                if (state == QUOTE_IN_QUOTED && b == quote) {
                    rec.append(b);
                    state = QUOTED;
                    continue;
                }
                state = AFTER_QUOTE;
                int ended = endAt(rec, b, quoteLine);
                if (ended == RECORD_ENDED) {
                    return true;
                } else if (ended == FIELD_ENDED) {
                    state = FIELD_START;
                    quoteLine = -1;
                } else if (b != ' ' && b != '\t') {
                    rec.append(b);
                    state = UNQUOTED;
                }
            } else {
                countLineInQuotes(state == ESCAPED_QUOTED ? b : 0);
                rec.append(b);
                state = state == ESCAPED_QUOTED ? QUOTED : UNQUOTED;
            }
        }
    }

    /**
     * The fast path: reads a record made only of unquoted plain fields that lies wholly in the buffer. Gives up,
     * leaving position and record as they were, on anything else (a quote, an escape, a non-ASCII or NUL byte,
     * the buffer's end), which the general state machine then handles.
     *
     * @return true when it read the record
     */
    private boolean readPlainRecord(RawRecord rec) {
        final byte[] b = buf;
        final int lim = limit;
        final byte d = delimiter;
        final byte e = plainStop;
        int p = pos;
        while (true) {
            while (trim && p < lim && b[p] == ' ') {
                p++;
            }
            int from = p;
            if (p < lim && b[p] == quote) {
                rec.clear();
                return false;
            }
            while (true) {
                if (p + 8 <= lim) {
                    long m = special((long) LONG_LE.get(b, p));
                    if (m == 0) {
                        p += 8;
                        continue;
                    }
                    p += Long.numberOfTrailingZeros(m) >>> 3;
                } else if (p >= lim) {
                    rec.clear();
                    return false;
                }
                byte c = b[p];
                if (c == d) {
                    if (rec.fieldCount() == MAX_COLUMNS - 1) {
                        rec.clear();
                        return false;
                    }
                    rec.addSlice(b, from, p);
                    p++;
                    break;
                }
                if (c == '\n' || c == '\r') {
                    int next = p + 1;
                    if (c == '\r') {
                        if (next >= lim) {
                            rec.clear();
                            return false;
                        }
                        if (b[next] == '\n') {
                            next++;
                        }
                    }
                    rec.addSlice(b, from, p);
                    pos = next;
                    line++;
                    return true;
                }
                if (c <= 0 || c == e) {
                    rec.clear();
                    return false;
                }
                p++;
            }
        }
    }

    /**
     * Finds, eight bytes at a time, the bytes that end a plain run: delimiter, line breaks, escape, NUL and
     * non-ASCII bytes. The lowest set high bit marks the first such byte; bits above it may be false alarms.
     */
    private long special(long w) {
        return matches(w, delimiterWord) | matches(w, LF_WORD) | matches(w, CR_WORD) | matches(w, stopWord)
                | (HIGHS & (w | ((w - ONES) & ~w)));
    }

    private static long matches(long w, long pattern) {
        long x = w ^ pattern;
        return (x - ONES) & ~x & HIGHS;
    }

    /**
     * Copies the rest of a plain run of bytes (no delimiter, line break, escape, NUL or non-ASCII byte) in bulk:
     * the fast path for unquoted fields.
     */
    private void scanPlain(RawRecord rec) {
        byte[] b = buf;
        int p = pos;
        int end = limit;
        byte d = delimiter;
        byte e = plainStop;
        while (p < end) {
            byte c = b[p];
            if (c == d || c == '\n' || c == '\r' || c <= 0 || c == e) {
                break;
            }
            p++;
        }
        if (p > pos) {
            rec.append(b, pos, p - pos);
            pos = p;
        }
    }

    /** Ends the field at a delimiter, or the record at a line break; reports which, or neither. */
    private int endAt(RawRecord rec, byte b, long quoteLine) {
        if (b == delimiter) {
            endField(rec, quoteLine);
            return FIELD_ENDED;
        }
        if (b == '\n' || b == '\r') {
            line++;
            skipLf = b == '\r';
            endField(rec, quoteLine);
            return RECORD_ENDED;
        }
        return 0;
    }

    private void countLineInQuotes(byte b) {
        if (b == '\r' || (b == '\n' && !prevCr)) {
            line++;
        }
        prevCr = b == '\r';
    }

    private void endField(RawRecord rec, long quoteLine) {
        if (rec.currentFieldLength() > MAX_FIELD_BYTES) {
            throw new FieldTooLargeException(sourceName + ":" + rec.line(), rec.fieldCount() + 1, MAX_FIELD_BYTES,
                    quoteLine);
        }
        if (rec.fieldCount() == MAX_COLUMNS) {
            throw new TooManyColumnsException(sourceName + ":" + rec.line(), MAX_COLUMNS);
        }
        rec.endField();
    }

    private void checkSizes(RawRecord rec, long quoteLine) {
        if (rec.currentFieldLength() > MAX_FIELD_BYTES) {
            throw new FieldTooLargeException(sourceName + ":" + rec.line(), rec.fieldCount() + 1, MAX_FIELD_BYTES,
                    quoteLine);
        }
        if (rec.size() > MAX_RECORD_BYTES) {
            throw new ImportException(sourceName + ":" + rec.line() + ": a row longer than "
                    + (MAX_RECORD_BYTES >> 20) + " MiB. Check the quote and delimiter settings");
        }
    }

    private void validate(byte b) {
        if (b == 0) {
            throw new BinaryFileException(sourceName, bufferStart + pos - 1);
        }
        if (validation == ByteValidation.UTF8) {
            int u = b & 0xFF;
            if (utf8Need > 0) {
                if ((u & 0xC0) != 0x80) {
                    throw new InvalidEncodingException(sourceName + ":" + line, utf8LeadOffset, utf8Lead, encoding);
                }
                utf8Need--;
                return;
            }
            utf8Lead = u;
            utf8LeadOffset = bufferStart + pos - 1;
            if (u >= 0xC2 && u <= 0xDF) {
                utf8Need = 1;
            } else if (u >= 0xE0 && u <= 0xEF) {
                utf8Need = 2;
            } else if (u >= 0xF0 && u <= 0xF4) {
                utf8Need = 3;
            } else if (u >= 0x80) {
                throw invalid(u);
            }
        } else if (validation == ByteValidation.WINDOWS_1252 && ByteValidation.isUndefinedIn1252(b & 0xFF)) {
            throw invalid(b & 0xFF);
        }
    }

    private InvalidEncodingException invalid(int value) {
        return new InvalidEncodingException(sourceName + ":" + line, bufferStart + pos - 1, value, encoding);
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        bufferStart += limit;
        pos = 0;
        limit = 0;
        try {
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                return false;
            }
            limit = n;
        } catch (CharacterCodingException e) {
            throw new InvalidEncodingException(sourceName + ":" + line, encoding, e.toString());
        } catch (IOException e) {
            throw new SourceReadException("Could not read " + sourceName
                    + " at line " + line + ": " + e.getMessage(), e);
        }
        onFill.run();
        return true;
    }
}
