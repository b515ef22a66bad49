package io.mlworkbench.engine.data.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Which bytes the tokenizer must reject for the file's encoding. */
enum ByteValidation {
    /** Well-formed UTF-8 sequences only. */
    UTF8,
    /** Windows-1252: every byte but the five it leaves undefined. */
    WINDOWS_1252,
    /** Every byte is a character (ISO-8859-1). */
    NONE;

    static ByteValidation of(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
            return UTF8;
        }
        return charset.name().equalsIgnoreCase("windows-1252") ? WINDOWS_1252 : NONE;
    }

    static boolean isUndefinedIn1252(int b) {
        return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
    }
}
