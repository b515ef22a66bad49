package io.mlworkbench.app.importing;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.i18n.NumberText;
import io.mlworkbench.engine.data.dataset.DatasetDiff;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.dataset.ImportResult;
import io.mlworkbench.engine.data.dataset.SchemaChange;
import io.mlworkbench.engine.data.ingest.Widening;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import made, in words: the new version, "already imported: version N", or "new version N of dataset X:
 * +a / -r rows, schema changes ...", then skipped rows and widened columns.
 *
 * @param headline the one-line outcome
 * @param details further lines (hash, diff, skipped rows, widenings); may be empty
 */
public record ImportOutcome(String headline, List<String> details) {

    /** Copies the list. */
    public ImportOutcome {
        details = List.copyOf(details);
    }

    /**
     * @param result an import's result
     * @param messages user-visible text
     * @return its description
     */
    public static ImportOutcome of(ImportResult result, Messages messages) {
        DatasetVersion v = result.version();
        String headline;
        if (result.alreadyImported()) {
            headline = messages.text("import.outcome.already", v.datasetName(), v.versionNo());
        } else if (result.diff().isPresent()) {
            DatasetDiff diff = result.diff().get();
            headline = messages.text("import.outcome.newVersion", v.versionNo(), v.datasetName(),
                    NumberText.count(diff.rowsAdded()), NumberText.count(diff.rowsRemoved()));
        } else {
            headline = messages.text("import.outcome.new", v.datasetName(), v.versionNo());
        }
        List<String> details = new ArrayList<>();
        details.add(messages.text("import.outcome.size", NumberText.count(v.rowCount()), v.columnCount(),
                v.contentHash().substring(0, 12)));
        result.diff().filter(d -> !d.schemaChanges().isEmpty()).ifPresent(d -> details.add(
                messages.text("import.outcome.schema", d.schemaChanges().stream().map(ImportOutcome::change)
                        .collect(Collectors.joining(", ")))));
        if (result.skippedRaggedRows() > 0) {
            details.add(messages.text("import.outcome.skipped", NumberText.count(result.skippedRaggedRows()),
                    String.join(", ", result.skippedRaggedLines())));
        }
        for (Widening w : result.widenings()) {
            details.add(messages.text("import.outcome.widened", w.column(), w.from(), w.to(), w.location(),
                    w.value()));
        }
        return new ImportOutcome(headline, details);
    }

    /**
     * @param change a schema change
     * @return it in a few words, e.g. {@code age INTEGER -> DECIMAL}, {@code +email}, {@code -phone}
     */
    static String change(SchemaChange change) {
        return switch (change.kind()) {
            case ADDED -> "+" + change.column();
            case REMOVED -> "-" + change.column();
            case TYPE_CHANGED, ROLE_CHANGED -> change.column() + " " + change.from() + " -> " + change.to();
        };
    }
}
