package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source on its own thread, a block of records ahead of the importing thread, so that tokenizing and
 * typing run side by side. Three blocks take turns; a failure while reading (bad input, cancellation) is
 * rethrown to the importing thread in order, after the blocks read before it.
 */
final class ReadAhead implements AutoCloseable {

    static final int BLOCK_RECORDS = 8192;
    private static final int BLOCKS = 3;
    private static final Object END = new Object();

    private final BlockingQueue<Object> filled = new ArrayBlockingQueue<>(BLOCKS + 1);
    private final BlockingQueue<RecordBlock> free = new ArrayBlockingQueue<>(BLOCKS);
    private final Thread thread;
    private volatile boolean stopped;

    ReadAhead(RecordSource source, ProgressListener progress, CancellationToken cancel) {
        for (int i = 0; i < BLOCKS; i++) {
            free.add(new RecordBlock(BLOCK_RECORDS));
        }
        thread = new Thread(() -> run(source, progress, cancel), "import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(RecordSource source, ProgressListener progress, CancellationToken cancel) {
        try {
            RecordBlock[] current = {take()};
            source.read(r -> {
                if (stopped) {
                    return false;
                }
                current[0].add(r);
                if (current[0].isFull()) {
                    put(current[0]);
                    current[0] = take();
                }
                return true;
            }, progress, cancel);
            if (current[0].size() > 0) {
                put(current[0]);
            }
            put(END);
        } catch (Stopped e) {
            // The importing thread gave up; nothing more to hand over.
            return;
        } catch (RuntimeException | Error e) {
            putQuietly(e);
        }
    }

    /**
     * @return the next block of records, or null after the last
     * @throws RuntimeException whatever reading the source threw, once the blocks before it were taken
     */
    RecordBlock next() {
        Object o;
        try {
            o = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
        if (o == END) {
            return null;
        }
        if (o instanceof RuntimeException e) {
            throw e;
        }
        if (o instanceof Error e) {
            throw e;
        }
        return (RecordBlock) o;
    }

    /** Gives a block, fully used, back for reading into. */
    void recycle(RecordBlock block) {
        block.clear();
        free.add(block);
    }

    private RecordBlock take() {
        try {
            RecordBlock b;
            while ((b = free.poll(50, TimeUnit.MILLISECONDS)) == null) {
                if (stopped) {
                    throw new Stopped();
                }
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private void put(Object o) {
        try {
            while (!filled.offer(o, 50, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private void putQuietly(Object o) {
        try {
            put(o);
        } catch (Stopped e) {
            // Nobody is waiting any more.
            return;
        }
    }

    /** Stops reading (if still going) and waits for the reading thread to end. */
    @Override
    public void close() {
        stopped = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the reading thread when the importing thread stopped waiting. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
