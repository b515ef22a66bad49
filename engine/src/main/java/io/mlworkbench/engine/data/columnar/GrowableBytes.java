package io.mlworkbench.engine.data.columnar;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/** A reusable, growable byte buffer with the primitive writes the format needs. Not thread-safe. */
final class GrowableBytes {

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] bytes;
    private int size;

    GrowableBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    void ensure(int extra) {
        if (size + extra > bytes.length) {
            long wanted = Math.max((long) size + extra, (long) bytes.length * 2);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("A column chunk cannot exceed 2 GiB");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }

    void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void write(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, bytes, size, len);
        size += len;
    }

    void writeVarint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    void writeLongLittleEndian(long v) {
        ensure(8);
        LONG_LE.set(bytes, size, v);
        size += 8;
    }

    void writeLongBigEndian(long v) {
        ensure(8);
        LONG_BE.set(bytes, size, v);
        size += 8;
    }

    /**
     * Appends values of at most {@code width} bits each (0 to 56), packed little-endian.
     *
     * @param values the values, each below 2^width
     * @param n how many
     * @param width the bits per value
     */
    void writePacked(long[] values, int n, int width) {
        if (width == 0) {
            return;
        }
        ensure((int) (((long) n * width + 7) / 8) + 8);
        long acc = 0;
        int bits = 0;
        byte[] b = bytes;
        int at = size;
        for (int i = 0; i < n; i++) {
            acc |= values[i] << bits;
            bits += width;
            while (bits >= 8) {
                b[at++] = (byte) acc;
                acc >>>= 8;
                bits -= 8;
            }
        }
        if (bits > 0) {
            b[at++] = (byte) acc;
        }
        size = at;
    }

    /**
     * Reads values written by {@link #writePacked}.
     *
     * @param src the bytes
     * @param pos where the packed values start
     * @param out receives the values
     * @param n how many
     * @param width the bits per value
     * @return the position after them
     */
    static int readPacked(byte[] src, int pos, long[] out, int n, int width) {
        if (width == 0) {
            java.util.Arrays.fill(out, 0, n, 0L);
            return pos;
        }
        long mask = width == 64 ? -1L : (1L << width) - 1;
        long acc = 0;
        int bits = 0;
        int at = pos;
        for (int i = 0; i < n; i++) {
            while (bits < width) {
                acc |= (long) (src[at++] & 0xFF) << bits;
                bits += 8;
            }
            out[i] = acc & mask;
            acc >>>= width;
            bits -= width;
        }
        return at;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    static long readLongLittleEndian(byte[] src, int off) {
        return (long) LONG_LE.get(src, off);
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
