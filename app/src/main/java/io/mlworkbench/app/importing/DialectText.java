package io.mlworkbench.app.importing;

import io.mlworkbench.engine.WorkbenchException;
import java.util.List;
import java.util.Locale;

/**
 * The delimiter, quote and escape characters as a user writes them in a form or on the command line:
 * {@code ,} {@code ;} {@code |} {@code TAB} (or {@code \t}) {@code SPACE}, and {@code ", "} for a comma followed by
 * spaces (Adult's separator; in a form it is shown with its quotes so that the space is visible); {@code none} for
 * no quote or escape character.
 */
public final class DialectText {

    /** The delimiters offered in a drop-down; {@code ", "} (with the quotes) is a comma followed by spaces. */
    public static final List<String> DELIMITERS = List.of(",", "\", \"", ";", "TAB", "|", "SPACE");
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
        return trimLeadingSpaces && text.length() == 1 && character != ' ' ? "\"" + text + " \"" : text;
    }

    /**
     * @param text a delimiter as written by the user
     * @return the delimiter character
     * @throws WorkbenchException when the text is not one character (or a name for one)
     */
    public static char delimiterChar(String text) {
        String stripped = unquote(text).strip();
        return switch (stripped.toUpperCase(Locale.ROOT)) {
            case "TAB", "\\T" -> '\t';
            case "SPACE" -> ' ';
            default -> {
                if (stripped.length() == 1) {
                    yield stripped.charAt(0);
                }
                if (unquote(text).equals(" ")) {
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
        String raw = unquote(text);
        return raw.length() == 2 && raw.charAt(1) == ' ' && raw.charAt(0) != ' ';
    }

    /** {@code ", "} written with its quotes (so that the space shows) is read as the two characters inside. */
    private static String unquote(String text) {
        if (text == null) {
            return "";
        }
        return text.length() >= 3 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1)
                : text;
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
