package io.mlworkbench.engine.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;

/**
 * Lists and filters model versions for the registry's search screen: one SQL query for the matching versions
 * with their test metric (read from the version row, see {@link VersionListing}), one for the models, one for
 * the aliases; grouping into model summaries and sorting happen in memory.
 */
public final class ModelQueryRepository {

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public ModelQueryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param query what to list
     * @param metricPreference the test metrics to show, in order of preference (the first one stored counts)
     * @return the matching models and versions
     */
    public ModelSearchResult search(ModelQuery query, List<String> metricPreference) {
        return jdbi.withHandle(h -> {
            Map<Long, ModelRow> models = new HashMap<>();
            h.createQuery("SELECT id, name, description FROM registered_model")
                    .map((rs, ctx) -> new ModelRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .forEach(m -> models.put(m.id(), m));
            Map<Long, List<String>> aliasesByVersion = new HashMap<>();
            Map<String, Map<String, Integer>> aliasesByModel = new HashMap<>();
            h.createQuery("SELECT a.model_id, a.version_id, a.alias, v.version_no FROM model_alias a"
                            + " JOIN model_version v ON v.id = a.version_id ORDER BY a.alias")
                    .map((rs, ctx) -> new AliasRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)))
                    .forEach(a -> {
                        aliasesByVersion.computeIfAbsent(a.versionId(), k -> new ArrayList<>()).add(a.alias());
                        aliasesByModel.computeIfAbsent(models.get(a.modelId()).name(), k -> new TreeMap<>())
                                .put(a.alias(), a.version());
                    });
            Collection<VersionRow> rows = versions(h, query, metricPreference);
            List<VersionSummary> sorted = new ArrayList<>(rows.size());
            for (VersionRow row : rows) {
                sorted.add(row.summary(models.get(row.modelId()).name(), aliasesByVersion));
            }
            sort(sorted, query.sort());
            Map<String, String> descriptions = new HashMap<>();
            models.values().forEach(m -> descriptions.put(m.name(), m.description()));
            return new ModelSearchResult(models(sorted, descriptions, aliasesByModel, query.sort()),
                    sorted.subList(0, Math.min(query.limit(), sorted.size())), sorted.size());
        });
    }

    private record ModelRow(long id, String name, String description) {
    }

    private record AliasRow(long modelId, long versionId, String alias, int version) {
    }

    /**
     * One row of the version query: a version with at most one of its test metrics. A version with several
     * preferred metrics, or several steps of one, comes in several rows, merged by {@link #withMetricOf}.
     */
    private record VersionRow(long id, long modelId, int version, String status, String createdBy, Instant createdAt,
                              String algorithm, String metric, int step, double value) {

        /**
         * Reads a row; a stored metric outside the preference counts as none (see storedMetricAnswers). The time is
         * read as a Timestamp (an instant for TIMESTAMP WITH TIME ZONE, in H2 and PostgreSQL alike): two objects
         * per row instead of the five an OffsetDateTime takes.
         */
        static VersionRow read(ResultSet rs, List<String> preference) throws SQLException {
            String algorithm = rs.getString(7);
            String metric = rs.getString(8);
            return new VersionRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                    rs.getTimestamp(6).toInstant(), algorithm == null ? "" : algorithm,
                    metric != null && preference.contains(metric) ? metric : null, rs.getInt(9), rs.getDouble(10));
        }

        /** Keeps the more preferred metric, and of one metric the highest step. */
        VersionRow withMetricOf(VersionRow other, List<String> preference) {
            if (other.metric == null) {
                return this;
            }
            if (metric == null) {
                return other;
            }
            int mine = preference.indexOf(metric);
            int theirs = preference.indexOf(other.metric);
            return theirs < mine || (theirs == mine && other.step > step) ? other : this;
        }

        VersionSummary summary(String modelName, Map<Long, List<String>> aliasesByVersion) {
            Optional<MetricValue> test = metric == null ? Optional.empty() : Optional.of(new MetricValue(metric, value));
            return new VersionSummary(id, modelName, version, VersionStatus.fromStored(status), algorithm, createdBy,
                    createdAt, aliasesByVersion.getOrDefault(id, List.of()), test);
        }
    }

    /** The matching versions, one row each, with the preferred test metric. */
    private static Collection<VersionRow> versions(Handle h, ModelQuery query, List<String> metricPreference) {
        boolean stored = storedMetricAnswers(metricPreference);
        ResultIterable<VersionRow> rows = versionQuery(h, query, metricPreference, stored)
                .map((rs, ctx) -> VersionRow.read(rs, metricPreference));
        if (stored) {
            return rows.list();
        }
        // The metric join gives a version one row per preferred metric and step it stored.
        Map<Long, VersionRow> merged = new LinkedHashMap<>();
        rows.forEach(row -> merged.merge(row.id(), row, (x, y) -> x.withMetricOf(y, metricPreference)));
        return merged.values();
    }

    private static Query versionQuery(Handle h, ModelQuery query, List<String> metricPreference, boolean stored) {
        // Model names and descriptions come from their own small query, not a join per version. The algorithm,
        // and usually the test metric, are stored on the version row (V3), so the common list is one table.
        StringBuilder sql = new StringBuilder("SELECT v.id, v.model_id, v.version_no, v.status, v.created_by,"
                + " v.created_at, v.algorithm, ");
        sql.append(stored ? "v.test_metric_name, 0, v.test_metric_value" : "x.metric_name, x.step_no, x.metric_value")
                .append(" FROM model_version v");
        // A join, not IN (SELECT ...): a version has a tag name at most once (primary key), and H2 then walks the
        // tag index and looks each match up by primary key without first collecting the ids.
        query.tagName().ifPresent(x -> sql.append(" JOIN model_version_tag t ON t.version_id = v.id"
                + " AND t.tag_name = :tag").append(query.tagText().isPresent() ? " AND t.tag_text = :tagText" : ""));
        if (!stored) {
            sql.append(" LEFT JOIN run_metric x ON x.run_id = v.run_id AND x.split_name = '" + PromotionPolicy.SPLIT
                    + "' AND x.metric_name IN (<metrics>)");
        }
        sql.append(" WHERE 1 = 1");
        query.nameContains().ifPresent(x -> sql.append(" AND v.model_id IN (SELECT m.id FROM registered_model m"
                + " WHERE LOWER(m.name) LIKE :name ESCAPE '!')"));
        query.status().ifPresent(x -> sql.append(" AND v.status = :status"));
        query.createdBy().ifPresent(x -> sql.append(" AND v.created_by = :creator"));
        query.algorithm().ifPresent(x -> sql.append(" AND LOWER(v.algorithm) = :algorithm"));
        // IN (SELECT ...) rather than EXISTS: H2 then looks the matches up by primary key instead of probing
        // the subquery once per version.
        query.alias().ifPresent(x -> sql.append(" AND v.id IN (SELECT a.version_id FROM model_alias a"
                + " WHERE a.alias = :alias)"));
        Query q = h.createQuery(sql.toString());
        if (!stored) {
            q.bindList("metrics", metricPreference);
        }
        query.nameContains().ifPresent(x -> q.bind("name", "%" + escapeLike(x.toLowerCase(Locale.ROOT)) + "%"));
        query.status().ifPresent(x -> q.bind("status", x.storedName()));
        query.createdBy().ifPresent(x -> q.bind("creator", x));
        query.algorithm().ifPresent(x -> q.bind("algorithm", x.toLowerCase(Locale.ROOT)));
        query.tagName().ifPresent(x -> q.bind("tag", x));
        query.tagText().ifPresent(x -> q.bind("tagText", x));
        query.alias().ifPresent(x -> q.bind("alias", x));
        return q;
    }

    /**
     * Whether the test metric stored on the version row answers a metric preference. It holds the first
     * automatic metric the run stored ({@link VersionListing}), so it answers any preference that begins the
     * automatic list ({@code roc_auc}, or {@code roc_auc} then {@code r2}): if the stored metric is in the
     * preference it is the preferred one the run has, and if not, the run has none of them. Any other
     * preference (e.g. {@code accuracy}) is looked up in the run's metrics.
     */
    static boolean storedMetricAnswers(List<String> metricPreference) {
        List<String> automatic = PromotionPolicy.AUTOMATIC_METRICS;
        return metricPreference.size() <= automatic.size()
                && automatic.subList(0, metricPreference.size()).equals(metricPreference);
    }

    /** Groups versions by model in the versions' order, so under BEST_METRIC the models follow their best. */
    private static List<ModelSummary> models(List<VersionSummary> sortedVersions, Map<String, String> descriptions,
                                             Map<String, Map<String, Integer>> aliasesByModel, ModelQuery.Sort sort) {
        Map<String, List<VersionSummary>> byModel = new LinkedHashMap<>();
        sortedVersions.forEach(v -> byModel.computeIfAbsent(v.modelName(), k -> new ArrayList<>()).add(v));
        List<ModelSummary> models = new ArrayList<>();
        byModel.forEach((name, versions) -> {
            VersionSummary latest = versions.stream().max(Comparator.comparingInt(VersionSummary::version)).orElseThrow();
            Optional<VersionSummary> best = Optional.empty();
            for (VersionSummary v : versions) {
                if (v.testMetric().isPresent() && (best.isEmpty() || isBetter(v, best.get()))) {
                    best = Optional.of(v);
                }
            }
            models.add(new ModelSummary(name, descriptions.getOrDefault(name, ""), versions.size(), latest.version(),
                    latest.createdAt(), aliasesByModel.getOrDefault(name, Map.of()), best));
        });
        if (sort == ModelQuery.Sort.NAME) {
            models.sort(Comparator.comparing(ModelSummary::name));
        } else if (sort == ModelQuery.Sort.NEWEST) {
            models.sort(Comparator.comparing(ModelSummary::latestCreatedAt).reversed()
                    .thenComparing(ModelSummary::name));
        }
        return models;
    }

    private static boolean isBetter(VersionSummary a, VersionSummary b) {
        MetricValue x = a.testMetric().orElseThrow();
        MetricValue y = b.testMetric().orElseThrow();
        return x.name().equals(y.name()) && x.isBetterThan(y);
    }

    private static void sort(List<VersionSummary> versions, ModelQuery.Sort sort) {
        Comparator<VersionSummary> byName = Comparator.comparing(VersionSummary::modelName)
                .thenComparing(Comparator.comparingInt(VersionSummary::version).reversed());
        switch (sort) {
            case NAME -> versions.sort(byName);
            case NEWEST -> versions.sort(Comparator.comparing(VersionSummary::createdAt).reversed()
                    .thenComparing(byName));
            case BEST_METRIC -> {
                // Each version's sort key is worked out once, not in every comparison.
                List<Keyed> keyed = new ArrayList<>(versions.size());
                versions.forEach(v -> keyed.add(new Keyed(metricKey(v), v)));
                keyed.sort(Comparator.comparingDouble(Keyed::key).thenComparing(Keyed::version, byName));
                for (int i = 0; i < keyed.size(); i++) {
                    versions.set(i, keyed.get(i).version());
                }
            }
        }
    }

    private record Keyed(double key, VersionSummary version) {
    }

    /** Smaller is better: the value, negated for metrics where higher is better; no metric sorts last. */
    private static double metricKey(VersionSummary v) {
        if (v.testMetric().isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        MetricValue m = v.testMetric().get();
        return PromotionPolicy.isHigherBetter(m.name()) ? -m.value() : m.value();
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
