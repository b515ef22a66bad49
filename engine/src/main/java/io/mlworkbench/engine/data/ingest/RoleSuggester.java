package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Suggests roles: IDENTIFIER for a column whose sampled values are all present and unique and that looks like
 * an id by its name (id, customer_id, customerId, uuid, ...); TARGET for the column named most like a target
 * ({@code target}, {@code label}, {@code class}, {@code y}, {@code income}, ...). Only suggestions: the user
 * decides.
 */
final class RoleSuggester {

    /** Target-like names, most telling first. */
    private static final List<String> TARGET_NAMES = List.of("target", "label", "class", "y", "income", "outcome",
            "churn", "response", "survived", "species", "quality", "default", "diagnosis", "result", "labels");

    private RoleSuggester() {
    }

    static List<ColumnInference> suggest(List<ColumnInference> columns, int sampleRows) {
        List<ColumnInference> result = new ArrayList<>(columns.size());
        int target = targetIndex(columns);
        for (ColumnInference c : columns) {
            List<String> evidence = new ArrayList<>(c.evidence());
            ColumnSpec spec = c.suggested();
            if (c.index() == target) {
                spec = spec.withRole(ColumnRole.TARGET);
                evidence.add("named like a target ('" + c.sourceName() + "'): suggested as the target");
            } else if (isIdentifier(c, sampleRows)) {
                spec = spec.withRole(ColumnRole.IDENTIFIER);
                evidence.add(String.format(Locale.ROOT,
                        "all %,d sampled values are present and unique, and it looks like an id: identifier", c.sampled()));
            }
            result.add(new ColumnInference(c.index(), c.sourceName(), spec, evidence, c.sampled(), c.missing(),
                    c.distinct()));
        }
        return result;
    }

    private static int targetIndex(List<ColumnInference> columns) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (ColumnInference c : columns) {
            int rank = TARGET_NAMES.indexOf(c.sourceName().strip().toLowerCase(Locale.ROOT));
            if (rank >= 0 && rank <= bestRank) {
                best = c.index();
                bestRank = rank;
            }
        }
        return best;
    }

    private static boolean isIdentifier(ColumnInference c, int sampleRows) {
        ColumnType type = c.suggested().type();
        if (c.missing() > 0 || c.distinct() != c.sampled() || c.sampled() < 2 || c.sampled() != sampleRows) {
            return false;
        }
        if (type != ColumnType.INTEGER && type != ColumnType.TEXT && type != ColumnType.CATEGORICAL) {
            return false;
        }
        return isIdLikeName(c.sourceName());
    }

    static boolean isIdLikeName(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.equals("id") || lower.endsWith("_id") || lower.endsWith("-id") || lower.endsWith(" id")
                || lower.startsWith("id_") || name.strip().matches(".*[a-z0-9]I[dD]") || lower.equals("uuid")
                || lower.equals("guid") || lower.equals("key") || lower.equals("identifier") || lower.equals("index")
                || lower.equals("rowid") || lower.equals("row_number") || lower.equals("no") || lower.equals("number");
    }
}
