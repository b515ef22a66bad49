package io.mlworkbench.app.importing;

import io.mlworkbench.engine.WorkbenchException;
import java.util.List;
import java.util.Locale;

/**
 * The delimiter, quote and escape characters as a user writes them in a form or on the command line:
 * {@code ,} {@code ;} {@code |} {@code TAB} (or {@code \t}) {@code SPACE}, and {@code ", "} for a comma followed by
 * spaces (Adult's separator); {@code none} for no quote or escape character.
 */
public final class DialectText {

    /** The delimiters offered in a drop-down. */
    public static final List<String> DELIMITERS = List.of(",", ", ", ";", "TAB", "|", "SPACE");
    /** The quote characters offered in a drop-down. */
    public static final List<String> QUOTES = List.of("\"", "'", "none");
    /** The escape characters offered in a drop-down. */
    public static final List<String> ESCAPES = List.of("none", "\\");
    /** The encodings offered in a drop-down. */
    public static final List<String> ENCODINGS = List.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252",
            "ISO-8859-1");

    private static final String NONE = "none";

    private DialectText() {
    }

    /**
     * A delimiter as written by the user.
     *
     * @param character the delimiter
     * @param trimLeadingSpaces whether spaces after it are skipped
     * @return its text, e.g. {@code TAB} or {@code ", "}
     */
    public static String delimiter(char character, boolean trimLeadingSpaces) {
        String text = switch (character) {
            case '\t' -> "TAB";
            case ' ' -> "SPACE";
            default -> String.valueOf(character);
        };
        return trimLeadingSpaces && character != ' ' ? text + " " : text;
    }

    /**
     * @param text a delimiter as written by the user
     * @return the delimiter character
     * @throws WorkbenchException when the text is not one character (or a name for one)
     */
    public static char delimiterChar(String text) {
        String stripped = text == null ? "" : text.strip();
        return switch (stripped.toUpperCase(Locale.ROOT)) {
            case "TAB", "\\T" -> '\t';
            case "SPACE" -> ' ';
            default -> {
                if (stripped.length() == 1) {
                    yield stripped.charAt(0);
                }
                if (text != null && text.equals(" ")) {
                    yield ' ';
                }
                throw new WorkbenchException("Invalid delimiter '" + text + "': expected one character such as , ; |"
                        + " or TAB, SPACE, or \", \" for a comma followed by spaces");
            }
        };
    }

    /**
     * @param text a delimiter as written by the user
     * @return true when it is a character followed by a space, like {@code ", "}: spaces after it are skipped
     */
    public static boolean trimsLeadingSpaces(String text) {
        return text != null && text.length() == 2 && text.charAt(1) == ' ' && text.charAt(0) != ' ';
    }

    /**
     * @param text a quote or escape character as written by the user
     * @return the character, or null for {@code none} (or blank)
     * @throws WorkbenchException when the text is longer than one character
     */
    public static Character optionalChar(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase(NONE)) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() != 1) {
            throw new WorkbenchException("Invalid quote or escape character '" + text
                    + "': expected one character, or 'none'");
        }
        return stripped.charAt(0);
    }

    /**
     * @param character a quote or escape character, or null
     * @return its text, {@code none} for null
     */
    public static String optionalChar(Character character) {
        return character == null ? NONE : character.toString();
    }
}
