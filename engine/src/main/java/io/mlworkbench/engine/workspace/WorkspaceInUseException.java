package io.mlworkbench.engine.workspace;

import io.mlworkbench.engine.WorkbenchException;
import java.nio.file.Path;

/** The workspace is open in another process (or already open in this one). */
public final class WorkspaceInUseException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** The holder as recorded in the lock file, e.g. {@code pid 4242 on laptop since 2026-...}. */
    private final String holder;

    /**
     * @param directory the workspace folder
     * @param holder who holds it, as recorded in the lock file
     */
    public WorkspaceInUseException(Path directory, String holder) {
        super("Workspace " + directory + " is in use by " + holder
                + ". Close the workbench there, or open another workspace with --workspace DIR.");
        this.holder = holder;
    }

    /** @return who holds the workspace, as recorded in its lock file */
    public String holder() {
        return holder;
    }
}
