package io.mlworkbench.app.registry;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.registry.ModelLineage;
import io.mlworkbench.engine.registry.bundle.BundleLineage;
import io.mlworkbench.engine.registry.bundle.BundleOrigin;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.TreeMap;

/**
 * Writes a version's full lineage as text for the detail pane: who/when, run, data, algorithm, provenance. For a
 * version imported from a bundle: the bundle (file, exporter, signer) and the lineage as recorded in the workspace
 * it came from.
 */
public final class LineageText {

    private final Messages messages;

    /** @param messages user-visible text */
    public LineageText(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param detail a version's detail
     * @return one fact per line, Tribuo's provenance last
     */
    public String describe(VersionDetail detail) {
        ModelLineage l = detail.lineage();
        StringBuilder text = new StringBuilder();
        line(text, messages.text("registry.detail.version", l.version().uri(), l.version().createdBy(),
                l.version().createdAt()));
        if (detail.origin().isPresent()) {
            BundleOrigin origin = detail.origin().get();
            line(text, origin(origin));
            source(text, origin.lineage());
            line(text, messages.text("registry.detail.localRun", l.runId()));
            l.dataset().ifPresent(d -> line(text, messages.text("registry.detail.localDataset", d.label())));
        } else {
            line(text, messages.text("registry.detail.run", l.runId(), l.projectName(), l.experimentName(),
                    l.trainedBy(), l.startedAt(), l.finishedAt().map(Object::toString).orElse("-")));
            line(text, messages.text("registry.detail.algorithm", l.algorithm(), l.seed(), l.hyperparameters()));
            line(text, messages.text("registry.detail.dataset",
                    l.dataset().map(d -> d.label()).orElse("-"),
                    l.pipeline().map(p -> p.pipelineName() + " v" + p.version()).orElse("-")));
            l.dataset().ifPresent(d -> line(text, messages.text("registry.detail.hash", d.contentHash(),
                    d.rowCount())));
        }
        l.modelSha256().ifPresent(sha -> line(text, messages.text("registry.detail.modelHash", sha)));
        if (!l.version().tags().isEmpty()) {
            line(text, messages.text("registry.detail.tags", new TreeMap<>(l.version().tags())));
        }
        l.tribuoProvenance().ifPresent(p -> line(text, messages.text("registry.detail.provenance", p)));
        return text.toString();
    }

    /**
     * @param origin where an imported version came from
     * @return one line: the bundle file, who exported it and when, and its signer
     */
    public String origin(BundleOrigin origin) {
        String at = shortTime(origin.exportedAt());
        return origin.signer()
                .map(key -> messages.text("registry.detail.importedSigned", origin.fileName(), origin.exportedBy(),
                        at, key))
                .orElseGet(() -> messages.text("registry.detail.importedUnsigned", origin.fileName(),
                        origin.exportedBy(), at));
    }

    /**
     * @param origin where an imported version came from
     * @return two lines: {@link #origin} and a summary of the source lineage (run, algorithm, seed, dataset with
     *         hash and rows, pipeline)
     */
    public String originSummary(BundleOrigin origin) {
        BundleLineage s = origin.lineage();
        return origin(origin) + '\n' + messages.text("registry.detail.sourceSummary", s.sourceUri(),
                String.valueOf(s.runId()), s.trainedBy(), s.algorithm(), String.valueOf(s.seed()),
                s.dataset() == null ? "-" : s.datasetLabel(), s.pipeline() == null ? "-" : s.pipelineLabel());
    }

    /** ISO-8601 to whole seconds; text that is not an instant is shown as it is. */
    private static String shortTime(String iso) {
        try {
            return Instant.parse(iso).truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (DateTimeParseException notAnInstant) {
            return iso;
        }
    }

    private void source(StringBuilder text, BundleLineage s) {
        line(text, messages.text("registry.detail.source", s.sourceUri(), s.registeredBy(), s.registeredAt()));
        line(text, messages.text("registry.detail.sourceRun", s.runId(), s.project(), s.experiment(), s.trainedBy(),
                s.startedAt(), s.finishedAt() == null ? "-" : s.finishedAt()));
        line(text, messages.text("registry.detail.sourceAlgorithm", s.algorithm(), s.seed(), s.hyperparameters()));
        line(text, messages.text("registry.detail.sourceDataset", s.dataset() == null ? "-" : s.datasetLabel(),
                s.pipeline() == null ? "-" : s.pipelineLabel()));
        if (s.datasetHash() != null) {
            line(text, messages.text("registry.detail.sourceHash", s.datasetHash(), s.datasetRows()));
        }
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
