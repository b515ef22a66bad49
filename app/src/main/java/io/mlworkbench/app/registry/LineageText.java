package io.mlworkbench.app.registry;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.registry.ModelLineage;
import java.util.TreeMap;

/** Writes a version's full lineage as text for the detail pane: who/when, run, data, algorithm, provenance. */
public final class LineageText {

    private final Messages messages;

    /** @param messages user-visible text */
    public LineageText(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param l a version's lineage
     * @return one fact per line, Tribuo's provenance last
     */
    public String describe(ModelLineage l) {
        StringBuilder text = new StringBuilder();
        line(text, messages.text("registry.detail.version", l.version().uri(), l.version().createdBy(),
                l.version().createdAt()));
        line(text, messages.text("registry.detail.run", l.runId(), l.projectName(), l.experimentName(),
                l.trainedBy(), l.startedAt(), l.finishedAt().map(Object::toString).orElse("-")));
        line(text, messages.text("registry.detail.algorithm", l.algorithm(), l.seed(), l.hyperparameters()));
        line(text, messages.text("registry.detail.dataset",
                l.dataset().map(d -> d.label()).orElse("-"),
                l.pipeline().map(p -> p.pipelineName() + " v" + p.version()).orElse("-")));
        l.dataset().ifPresent(d -> line(text, messages.text("registry.detail.hash", d.contentHash(), d.rowCount())));
        l.modelSha256().ifPresent(sha -> line(text, messages.text("registry.detail.modelHash", sha)));
        if (!l.version().tags().isEmpty()) {
            line(text, messages.text("registry.detail.tags", new TreeMap<>(l.version().tags())));
        }
        l.tribuoProvenance().ifPresent(p -> line(text, messages.text("registry.detail.provenance", p)));
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
