package io.mlworkbench.engine.data.csv;

import io.mlworkbench.engine.data.ingest.SourceChangedException;
import io.mlworkbench.engine.data.ingest.SourceReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A file's size and modification time, taken before an import reads it, to check afterwards that it neither
 * changed nor disappeared while it was read.
 *
 * @param file the file
 * @param size its size in bytes
 * @param modified when it was last modified
 */
public record FileSnapshot(Path file, long size, FileTime modified) {

    /**
     * @param file a file
     * @return its size and modification time now
     */
    public static FileSnapshot of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.isDirectory()) {
                throw new SourceReadException(file + " is a folder, expected a file", null);
            }
            return new FileSnapshot(file, a.size(), a.lastModifiedTime());
        } catch (NoSuchFileException e) {
            throw new SourceReadException("File not found: " + file, e);
        } catch (IOException e) {
            throw new SourceReadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @throws SourceChangedException when the file is gone or its size or modification time differ */
    public void checkUnchanged() {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new SourceChangedException(name, "disappeared");
        }
        FileSnapshot now;
        try {
            now = of(file);
        } catch (SourceReadException e) {
            throw new SourceChangedException(name, "disappeared");
        }
        if (now.size != size || !now.modified.equals(modified)) {
            throw new SourceChangedException(name, "changed (size " + size + " -> " + now.size
                    + " bytes, modified " + modified + " -> " + now.modified + ")");
        }
    }
}
