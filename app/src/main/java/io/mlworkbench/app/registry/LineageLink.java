package io.mlworkbench.app.registry;

import io.mlworkbench.app.shell.LifecycleStep;
import java.util.Optional;

/**
 * One fact of a version's lineage that may lead to another step: a link when that step can show it, plain text
 * when nothing here can (the run, dataset or pipeline exists only in the workspace a bundle came from).
 *
 * @param text what the user reads
 * @param target the step to open; empty for plain text
 */
public record LineageLink(String text, Optional<LifecycleStep> target) {

    /** @return true when the fact opens a step */
    public boolean isLink() {
        return target.isPresent();
    }
}
