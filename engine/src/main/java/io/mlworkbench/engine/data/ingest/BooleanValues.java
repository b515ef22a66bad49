package io.mlworkbench.engine.data.ingest;

/**
 * The spellings of true and false a BOOLEAN column accepts, case-insensitively: {@code true/false},
 * {@code t/f}, {@code yes/no}, {@code y/n}, {@code 1/0}. Inference only proposes BOOLEAN for
 * {@code true/false}, so that yes/no labels keep their spelling as a categorical column unless the user asks.
 */
public final class BooleanValues {

    private static final String[] TRUE = {"true", "t", "yes", "y", "1"};
    private static final String[] FALSE = {"false", "f", "no", "n", "0"};

    private BooleanValues() {
    }

    /**
     * @param b bytes
     * @param start first byte
     * @param end end (exclusive)
     * @return 1.0 for true, 0.0 for false, NaN when neither
     */
    public static double parse(byte[] b, int start, int end) {
        int s = NumberParser.skipSpaces(b, start, end);
        int e = NumberParser.trimSpaces(b, s, end);
        if (matchesAny(TRUE, b, s, e)) {
            return 1.0;
        }
        return matchesAny(FALSE, b, s, e) ? 0.0 : Double.NaN;
    }

    /**
     * @param text a value
     * @return true when it is literally true or false, ignoring case and surrounding spaces
     */
    public static boolean isLiteral(String text) {
        String t = text.strip();
        return t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false");
    }

    /**
     * @param text a value
     * @return true when it is any accepted spelling of true or false
     */
    public static boolean isSpelling(String text) {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return !Double.isNaN(parse(b, 0, b.length));
    }

    private static boolean matchesAny(String[] words, byte[] b, int s, int e) {
        for (String w : words) {
            if (w.length() == e - s && matches(w, b, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, byte[] b, int s) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase((char) (b[s + i] & 0xFF)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
