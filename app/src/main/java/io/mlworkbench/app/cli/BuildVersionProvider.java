package io.mlworkbench.app.cli;

import io.mlworkbench.engine.BuildInfo;
import picocli.CommandLine;

/** Answers {@code workbench --version} with the product version from the engine's build information. */
public final class BuildVersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"MLOps Workbench " + BuildInfo.version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
