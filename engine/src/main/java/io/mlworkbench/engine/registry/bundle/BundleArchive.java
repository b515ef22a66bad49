package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.store.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The zip layer of a bundle: writes entries atomically (temp file, then rename) and reads an untrusted file
 * within {@link BundleLimits}, refusing zip-slip names, duplicates, folders, oversized and truncated archives.
 */
public final class BundleArchive {

    /** Entry times are fixed so the same model always gives the same bytes. */
    private static final long ENTRY_TIME = 315532800000L;

    private BundleArchive() {
    }

    /**
     * Writes a zip of the entries, replacing {@code target} only when the whole file is written.
     *
     * @param target the bundle file
     * @param entries the entries by name, in order
     */
    static void write(Path target, Map<String, byte[]> entries) {
        try {
            AtomicFile.write(target, file -> {
                try (ZipOutputStream zip = new ZipOutputStream(file)) {
                    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                        ZipEntry entry = new ZipEntry(e.getKey());
                        entry.setTime(ENTRY_TIME);
                        zip.putNextEntry(entry);
                        zip.write(e.getValue());
                        zip.closeEntry();
                    }
                }
            });
        } catch (IOException e) {
            throw new WorkbenchException("Cannot write bundle " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every entry of an untrusted bundle file.
     *
     * @param file the {@code .mlwb} file
     * @param limits the zip-bomb limits
     * @return the entries
     * @throws InvalidBundleException when the file breaks a rule; the message says which and where
     */
    public static BundleContents read(Path file, BundleLimits limits) {
        String bundle = String.valueOf(file.getFileName());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new InvalidBundleException(bundle + " has " + zip.size() + " entries; a bundle holds at most "
                        + limits.maxEntries() + " (refused as a possible zip bomb)");
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
            long total = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                checkName(bundle, entry, entries);
                byte[] bytes = readBounded(bundle, zip, entry, limits.maxEntryBytes());
                total += bytes.length;
                if (total > limits.maxTotalBytes()) {
                    throw new InvalidBundleException(bundle + " unpacks to more than " + limits.maxTotalBytes()
                            + " bytes (limit reached at entry '" + name + "'; refused as a possible zip bomb)");
                }
                entries.put(name, bytes);
            }
            return new BundleContents(bundle, entries);
        } catch (NoSuchFileException e) {
            throw new WorkbenchException("No bundle file at " + file);
        } catch (ZipException e) {
            throw new InvalidBundleException(bundle + " is truncated or not a zip archive (" + e.getMessage()
                    + "): expected a complete .mlwb file; copy it again", e);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read bundle " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkName(String bundle, ZipEntry entry, Map<String, byte[]> seen) {
        String name = entry.getName();
        if (!BundleFormat.isSafeName(name)) {
            throw new InvalidBundleException(bundle + ": entry name '" + name + "' is not allowed: bundle entries are"
                    + " plain file names without folders, '..' or absolute paths (refused as a zip-slip attempt)");
        }
        if (seen.containsKey(name)) {
            throw new InvalidBundleException(bundle + ": entry '" + name + "' appears twice; a bundle names each"
                    + " entry once");
        }
    }

    private static byte[] readBounded(String bundle, ZipFile zip, ZipEntry entry, long maxBytes) {
        if (entry.getSize() > maxBytes) {
            throw new InvalidBundleException(bundle + ": entry '" + entry.getName() + "' declares " + entry.getSize()
                    + " bytes; an entry holds at most " + maxBytes + " (refused as a possible zip bomb)");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
                if (read > maxBytes) {
                    throw new InvalidBundleException(bundle + ": entry '" + entry.getName() + "' unpacks to more than "
                            + maxBytes + " bytes (refused as a possible zip bomb)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InvalidBundleException(bundle + ": entry '" + entry.getName() + "' is truncated or damaged ("
                    + e.getMessage() + ")", e);
        }
    }
}
