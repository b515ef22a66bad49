package io.mlworkbench.engine.data.ingest;

/** Signals inside the pipeline that a column must change storage (numbers to labels): the import restarts. */
final class WidenRequired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final transient Widening widening;

    WidenRequired(int column, Widening widening) {
        super(null, null, false, false);
        this.column = column;
        this.widening = widening;
    }

    int column() {
        return column;
    }

    Widening widening() {
        return widening;
    }
}
