package io.mlworkbench.engine.data.ingest;

/** Receives a source's records one at a time. */
@FunctionalInterface
public interface RecordSink {

    /**
     * @param record the next record (header included); reused after this returns
     * @return true to go on, false to stop reading
     */
    boolean accept(RawRecord record);
}
