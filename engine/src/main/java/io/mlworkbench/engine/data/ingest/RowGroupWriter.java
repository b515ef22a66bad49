package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.data.columnar.ColumnBatch;
import io.mlworkbench.engine.data.columnar.ColumnarWriter;
import io.mlworkbench.engine.data.columnar.ContentHasher;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Encodes, hashes and writes full row groups on a second thread while the importing thread parses the next
 * one: two batches take turns. An error on the writing thread is rethrown to the importing thread at its next
 * hand-over. Not thread-safe: one importing thread uses it.
 */
final class RowGroupWriter implements AutoCloseable {

    private static final ColumnBatch END = new ColumnBatch(new boolean[0], 1, StandardCharsets.UTF_8);

    private final ColumnarWriter writer;
    private final ContentHasher hasher;
    private final BlockingQueue<ColumnBatch> full = new ArrayBlockingQueue<>(1);
    private final BlockingQueue<ColumnBatch> free = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile RuntimeException failure;

    RowGroupWriter(ColumnarWriter writer, ContentHasher hasher, ColumnBatch spare) {
        this.writer = writer;
        this.hasher = hasher;
        free.add(spare);
        thread = new Thread(this::loop, "import-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Hands a full batch over for writing.
     *
     * @param batch the rows to write; not touched by the caller afterwards
     * @return an empty batch to fill next
     */
    ColumnBatch submit(ColumnBatch batch) {
        rethrow();
        try {
            full.put(batch);
            ColumnBatch next;
            while ((next = free.poll(100, TimeUnit.MILLISECONDS)) == null) {
                rethrow();
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }

    /** Waits until every batch handed over is written. */
    void finish() {
        stop();
        rethrow();
    }

    private void loop() {
        try {
            while (true) {
                ColumnBatch batch = full.take();
                if (batch == END) {
                    return;
                }
                if (failure == null) {
                    try {
                        writer.writeGroup(batch);
                        hasher.add(batch);
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
                batch.clear();
                free.put(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        if (!thread.isAlive()) {
            return;
        }
        try {
            full.put(END);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
        }
    }

    private void rethrow() {
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
    }

    /** Stops the writing thread, e.g. after the import failed; waits for it. */
    @Override
    public void close() {
        stop();
    }
}
