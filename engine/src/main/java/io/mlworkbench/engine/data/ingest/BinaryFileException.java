package io.mlworkbench.engine.data.ingest;

/** The input holds NUL bytes: a binary file, not text. */
public final class BinaryFileException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param source the file
     * @param byteOffset where the first NUL byte is
     */
    public BinaryFileException(String source, long byteOffset) {
        super(source + " is not a text file: it has a NUL byte at byte offset " + byteOffset + ". If it is UTF-16 text without a byte-order mark, choose the encoding UTF-16LE or UTF-16BE");
    }
}
