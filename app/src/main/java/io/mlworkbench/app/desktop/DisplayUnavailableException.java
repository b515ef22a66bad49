package io.mlworkbench.app.desktop;

import io.mlworkbench.engine.WorkbenchException;

/** The desktop window cannot open because there is no display (a server, SSH session or container). */
public final class DisplayUnavailableException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** @param reason why there is no display, e.g. "DISPLAY and WAYLAND_DISPLAY are not set" */
    public DisplayUnavailableException(String reason) {
        super("Cannot open the workbench window: no display available (" + reason + "). Use the command line"
                + " (workbench --help), or run the window on a virtual display: xvfb-run ./workbench");
    }
}
