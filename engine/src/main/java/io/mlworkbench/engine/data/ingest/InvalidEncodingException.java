package io.mlworkbench.engine.data.ingest;

/** The bytes are not valid in the chosen encoding. */
public final class InvalidEncodingException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where, e.g. {@code data.csv:3}
     * @param byteOffset the offending byte's offset from the start of the file
     * @param value the offending byte
     * @param encoding the chosen encoding
     */
    public InvalidEncodingException(String location, long byteOffset, int value, String encoding) {
        super(location + ": byte 0x" + String.format("%02X", value & 0xFF) + " at byte offset " + byteOffset
                + " is not valid " + encoding + ". "
                + (encoding.equalsIgnoreCase("UTF-8") ? "The file is probably windows-1252 or ISO-8859-1 (Latin-1): choose that encoding"
                : "Choose the encoding the file was written in (e.g. UTF-8 or ISO-8859-1)"));
    }

    /**
     * @param location where, e.g. {@code data.csv:3}
     * @param encoding the chosen encoding
     * @param detail what the decoder found
     */
    public InvalidEncodingException(String location, String encoding, String detail) {
        super(location + ": the data is not valid " + encoding + " (" + detail
                + "). Choose the encoding the file was written in");
    }
}
