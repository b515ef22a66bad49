package io.mlworkbench.engine.data.csv;

import io.mlworkbench.engine.data.ingest.BinaryFileException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds a text file's encoding from its first bytes: a byte-order mark names UTF-8 or UTF-16 LE/BE; without
 * one, bytes that are valid UTF-8 are UTF-8, else windows-1252 (or ISO-8859-1 when bytes undefined in
 * windows-1252 occur). NUL bytes without a UTF-16 mark make it a binary file.
 */
public final class EncodingSniffer {

    /**
     * The result.
     *
     * @param encoding the charset name
     * @param evidence why, for the preview
     */
    public record Result(String encoding, String evidence) {
    }

    private EncodingSniffer() {
    }

    /**
     * @param sample the file's first bytes
     * @param wholeFile true when the sample is the whole file (so a cut multi-byte character is an error)
     * @param fileName for messages
     * @return the encoding
     */
    public static Result sniff(byte[] sample, boolean wholeFile, String fileName) {
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return new Result("UTF-8", "UTF-8 byte-order mark");
        }
        if (startsWith(sample, 0xFF, 0xFE)) {
            return new Result("UTF-16LE", "UTF-16 little-endian byte-order mark");
        }
        if (startsWith(sample, 0xFE, 0xFF)) {
            return new Result("UTF-16BE", "UTF-16 big-endian byte-order mark");
        }
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == 0) {
                throw new BinaryFileException(fileName, i);
            }
        }
        int end = sample.length;
        if (!wholeFile) {
            end = cutIncompleteTail(sample);
        }
        if (isValid(StandardCharsets.UTF_8, sample, end)) {
            boolean ascii = true;
            for (int i = 0; i < end && ascii; i++) {
                ascii = sample[i] >= 0;
            }
            return new Result("UTF-8", ascii ? "plain ASCII, read as UTF-8 (no byte-order mark)"
                    : "valid UTF-8 (no byte-order mark)");
        }
        for (int i = 0; i < end; i++) {
            if (ByteValidation.isUndefinedIn1252(sample[i] & 0xFF)) {
                return new Result("ISO-8859-1", "not valid UTF-8, and byte 0x" + Integer.toHexString(sample[i] & 0xFF)
                        + " is undefined in windows-1252: Latin-1");
            }
        }
        return new Result("windows-1252", "not valid UTF-8: read as windows-1252 (a superset of Latin-1)");
    }

    /**
     * @param first the file's first bytes
     * @param charset the chosen encoding
     * @return how many bytes of byte-order mark to skip for that encoding
     */
    public static int bomLength(byte[] first, Charset charset) {
        String name = charset.name();
        if (name.equals("UTF-8") && startsWith(first, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((name.equals("UTF-16LE") && startsWith(first, 0xFF, 0xFE))
                || (name.equals("UTF-16BE") && startsWith(first, 0xFE, 0xFF))) {
            return 2;
        }
        return 0;
    }

    private static int cutIncompleteTail(byte[] b) {
        int end = b.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int u = b[end - back] & 0xFF;
            if ((u & 0xC0) == 0xC0) {
                return end - back;
            }
            if ((u & 0x80) == 0) {
                return end;
            }
        }
        return end;
    }

    private static boolean isValid(Charset charset, byte[] b, int end) {
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
