package io.mlworkbench.engine.data.ingest;

/** How a text file ends its lines. Every kind is read; this records what was found. */
public enum LineEnding {
    /** {@code \n} (Unix). */
    LF,
    /** {@code \r\n} (Windows). */
    CRLF,
    /** {@code \r} (classic Mac). */
    CR,
    /** A single line without an ending. */
    NONE
}
