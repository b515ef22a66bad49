package io.mlworkbench.engine.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Re-encodes text in an encoding that is not ASCII-compatible (UTF-16) as UTF-8, streaming, so that the
 * byte-level tokenizer can read it. Malformed input fails with a {@link java.nio.charset.CharacterCodingException}.
 */
final class Utf8TranscodingInputStream extends InputStream {

    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final CharBuffer chars = CharBuffer.allocate(1 << 14);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;

    Utf8TranscodingInputStream(InputStream in, Charset charset) {
        this.reader = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (!refill()) {
                return -1;
            }
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    private boolean refill() throws IOException {
        if (eof && chars.position() == 0) {
            return false;
        }
        if (!eof && reader.read(chars) < 0) {
            eof = true;
        }
        chars.flip();
        bytes.clear();
        CoderResult result = encoder.encode(chars, bytes, eof);
        if (result.isError()) {
            result.throwException();
        }
        chars.compact();
        bytes.flip();
        return bytes.hasRemaining() || !eof || chars.position() > 0;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
