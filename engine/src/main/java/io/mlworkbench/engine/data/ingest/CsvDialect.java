package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.WorkbenchException;
import java.nio.charset.Charset;

/**
 * How a delimited text file is written, as sniffed from a sample and overridable by the user.
 *
 * @param delimiter the field separator, e.g. {@code ','}, {@code ';'}, {@code '\t'}, {@code '|'}
 * @param trimLeadingSpaces skip spaces at the start of every field: a separator like {@code ", "}
 * @param quote the quote character, or null when fields are never quoted
 * @param escape the character that makes the next one literal (e.g. {@code '\\'}), or null when quotes are
 *     escaped by doubling them
 * @param encoding the charset name: {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE}, {@code windows-1252},
 *     {@code ISO-8859-1}; a byte-order mark is skipped
 * @param lineEnding the line ending found (informational: every kind is read)
 */
public record CsvDialect(char delimiter, boolean trimLeadingSpaces, Character quote, Character escape,
                         String encoding, LineEnding lineEnding) {

    /** Rejects delimiters that cannot work. */
    public CsvDialect {
        if (delimiter == '\n' || delimiter == '\r' || (quote != null && delimiter == quote)) {
            throw new WorkbenchException("Invalid delimiter " + printable(delimiter)
                    + ": expected a character other than a line break or the quote");
        }
        if (delimiter > 0x7F || (quote != null && quote > 0x7F) || (escape != null && escape > 0x7F)) {
            throw new WorkbenchException("Delimiter, quote and escape must be ASCII characters (got "
                    + printable(delimiter) + ", " + quote + ", " + escape + ")");
        }
        charset(encoding);
    }

    /** @return the RFC 4180 dialect: comma, double quote, UTF-8, LF */
    public static CsvDialect rfc4180() {
        return new CsvDialect(',', false, '"', null, "UTF-8", LineEnding.LF);
    }

    /**
     * @param newDelimiter the delimiter to use
     * @return this dialect with another delimiter
     */
    public CsvDialect withDelimiter(char newDelimiter) {
        return new CsvDialect(newDelimiter, trimLeadingSpaces, quote, escape, encoding, lineEnding);
    }

    /**
     * @param trim whether to skip leading spaces
     * @return this dialect with leading-space trimming on or off
     */
    public CsvDialect withTrimLeadingSpaces(boolean trim) {
        return new CsvDialect(delimiter, trim, quote, escape, encoding, lineEnding);
    }

    /**
     * @param newEncoding a charset name
     * @return this dialect with another encoding
     */
    public CsvDialect withEncoding(String newEncoding) {
        return new CsvDialect(delimiter, trimLeadingSpaces, quote, escape, newEncoding, lineEnding);
    }

    /**
     * @param newQuote the quote character, or null for none
     * @param newEscape the escape character, or null for none
     * @return this dialect with other quoting
     */
    public CsvDialect withQuoting(Character newQuote, Character newEscape) {
        return new CsvDialect(delimiter, trimLeadingSpaces, newQuote, newEscape, encoding, lineEnding);
    }

    /** @return the encoding as a charset */
    public Charset charset() {
        return charset(encoding);
    }

    /**
     * @param c a character
     * @return it written so that a user can see it, e.g. {@code TAB} or {@code ';'}
     */
    public static String printable(char c) {
        return switch (c) {
            case '\t' -> "TAB";
            case ' ' -> "SPACE";
            case '\n' -> "LF";
            case '\r' -> "CR";
            default -> "'" + c + "'";
        };
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException("Unknown encoding '" + name
                    + "': expected e.g. UTF-8, UTF-16LE, UTF-16BE, windows-1252 or ISO-8859-1", e);
        }
    }
}
