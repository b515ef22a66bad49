package io.mlworkbench.app.registry;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.engine.registry.ModelLineage;
import io.mlworkbench.engine.registry.bundle.BundleLineage;
import io.mlworkbench.engine.registry.bundle.BundleOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides which lineage facts of a version link to other steps. A version trained here links to its run (Train)
 * and dataset version (Import). An imported version's run, dataset and pipeline were recorded in the workspace
 * its bundle came from, so they are plain text, except a dataset this workspace also holds (same content hash).
 */
final class LineageLinks {

    private final Messages messages;
    private final Predicate<LifecycleStep> available;

    /**
     * @param messages user-visible text
     * @param available which steps the window has; links to missing steps are left out
     */
    LineageLinks(Messages messages, Predicate<LifecycleStep> available) {
        this.messages = messages;
        this.available = available;
    }

    /**
     * @param detail a version's detail
     * @return its run, the Compare step, its dataset and (imported) pipeline, in that order
     */
    List<LineageLink> of(VersionDetail detail) {
        ModelLineage lineage = detail.lineage();
        Optional<BundleLineage> source = detail.origin().map(BundleOrigin::lineage);
        List<LineageLink> links = new ArrayList<>();
        if (source.isPresent()) {
            links.add(plain(messages.text("registry.link.sourceRun", source.get().runId())));
        } else {
            link(links, messages.text("registry.link.run", lineage.runId()), LifecycleStep.TRAIN);
        }
        link(links, messages.text("registry.link.compare"), LifecycleStep.COMPARE);
        if (lineage.dataset().isPresent()) {
            link(links, messages.text("registry.link.dataset", lineage.dataset().get().label()),
                    LifecycleStep.IMPORT);
        } else if (source.isPresent() && source.get().dataset() != null) {
            links.add(plain(messages.text("registry.link.sourceDataset", source.get().datasetLabel())));
        }
        if (source.isPresent() && source.get().pipeline() != null) {
            links.add(plain(messages.text("registry.link.sourcePipeline", source.get().pipelineLabel())));
        }
        return links;
    }

    private void link(List<LineageLink> links, String text, LifecycleStep step) {
        if (available.test(step)) {
            links.add(new LineageLink(text, Optional.of(step)));
        }
    }

    private static LineageLink plain(String text) {
        return new LineageLink(text, Optional.empty());
    }
}
