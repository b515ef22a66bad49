package io.mlworkbench.engine.data.columnar;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The distinct labels of one column within one row group, looked up by their raw bytes so that a repeated
 * label costs no {@code String}. Codes are dense, in first-seen order. Not thread-safe.
 */
public final class ByteDictionary {

    private final Charset sourceCharset;
    private final boolean sourceIsUtf8;
    private int[] slots = new int[64];
    private int[] hashes = new int[32];
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private byte[][] utf8 = new byte[32][];
    private byte[] pool = new byte[1024];
    private int poolSize;
    private int size;

    /** @param sourceCharset how the bytes handed to {@link #code} are encoded; labels are stored as UTF-8 */
    public ByteDictionary(Charset sourceCharset) {
        this.sourceCharset = sourceCharset;
        this.sourceIsUtf8 = sourceCharset.equals(StandardCharsets.UTF_8) || sourceCharset.equals(StandardCharsets.US_ASCII);
        Arrays.fill(slots, -1);
    }

    /**
     * Returns the code of a label, adding it when new.
     *
     * @param src bytes in the source charset
     * @param off where the label starts
     * @param len its length
     * @return its code, 0 for the first label seen
     */
    public int code(byte[] src, int off, int len) {
        int h = hash(src, off, len);
        int mask = slots.length - 1;
        int slot = h & mask;
        while (true) {
            int code = slots[slot];
            if (code < 0) {
                return add(src, off, len, h, slot);
            }
            if (hashes[code] == h && lengths[code] == len
                    && Arrays.equals(pool, starts[code], starts[code] + len, src, off, off + len)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int add(byte[] src, int off, int len, int h, int slot) {
        if (size == hashes.length) {
            int cap = size * 2;
            hashes = Arrays.copyOf(hashes, cap);
            starts = Arrays.copyOf(starts, cap);
            lengths = Arrays.copyOf(lengths, cap);
            utf8 = Arrays.copyOf(utf8, cap);
        }
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(src, off, pool, poolSize, len);
        int code = size++;
        hashes[code] = h;
        starts[code] = poolSize;
        lengths[code] = len;
        poolSize += len;
        utf8[code] = sourceIsUtf8 || isAscii(src, off, len) ? Arrays.copyOfRange(src, off, off + len)
                : new String(src, off, len, sourceCharset).getBytes(StandardCharsets.UTF_8);
        slots[slot] = code;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return code;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        Arrays.fill(slots, -1);
        int mask = capacity - 1;
        for (int code = 0; code < size; code++) {
            int slot = hashes[code] & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = code;
        }
    }

    /** @return how many distinct labels were seen */
    public int size() {
        return size;
    }

    /**
     * @param code a label's code
     * @return the label as UTF-8; do not modify
     */
    public byte[] utf8(int code) {
        return utf8[code];
    }

    /** Forgets every label, keeping the allocated capacity. */
    public void clear() {
        if (size > 0) {
            Arrays.fill(slots, -1);
            Arrays.fill(utf8, 0, size, null);
        }
        size = 0;
        poolSize = 0;
    }

    private static int hash(byte[] src, int off, int len) {
        int h = 0x9E3779B9;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + src[i];
        }
        return h ^ (h >>> 16);
    }

    private static boolean isAscii(byte[] src, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (src[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
