package io.mlworkbench.app.shell;

/** How far a navigation entry's step is, shown as a small badge in the sidebar. */
public enum StepState {
    /** Nothing done in this step yet. */
    NOT_STARTED,
    /** The step has a usable result. */
    DONE,
    /** The step has a result that needs the user: a failed validation, drift, a stale model. */
    NEEDS_ATTENTION
}
