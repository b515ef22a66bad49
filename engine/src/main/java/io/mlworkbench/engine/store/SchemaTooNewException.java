package io.mlworkbench.engine.store;

import io.mlworkbench.engine.WorkbenchException;

/** A registry database whose schema was written by a newer build of the workbench than this one. */
public final class SchemaTooNewException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /**
     * @param url the database
     * @param foundVersion the newest schema version recorded in it
     * @param knownVersion the newest schema version this build knows
     */
    public SchemaTooNewException(String url, String foundVersion, String knownVersion) {
        super("The registry at " + url + " was written by a newer MLOps Workbench (schema version " + foundVersion
                + "; this build knows up to " + knownVersion + "). Open it with that newer version;"
                + " nothing was changed.");
    }
}
