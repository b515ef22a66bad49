package io.mlworkbench.engine.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.jdbi.v3.core.statement.Query;

/**
 * Lists and filters model versions for the registry's search screen: one SQL query for the matching versions
 * with their test metric, one for the aliases; grouping into model summaries and sorting happen in memory.
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
            Map<Long, List<String>> aliasesByVersion = new HashMap<>();
            Map<String, Map<String, Integer>> aliasesByModel = new HashMap<>();
            h.createQuery("SELECT a.version_id, a.alias, m.name, v.version_no FROM model_alias a"
                            + " JOIN registered_model m ON m.id = a.model_id JOIN model_version v ON v.id = a.version_id"
                            + " ORDER BY a.alias")
                    .map((rs, ctx) -> new AliasRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                    .forEach(a -> {
                        aliasesByVersion.computeIfAbsent(a.versionId(), k -> new ArrayList<>()).add(a.alias());
                        aliasesByModel.computeIfAbsent(a.model(), k -> new TreeMap<>()).put(a.alias(), a.version());
                    });
            Map<String, String> descriptions = new HashMap<>();
            List<VersionSummary> sorted = new ArrayList<>();
            versionQuery(h, query, metricPreference)
                    .map((rs, ctx) -> new VersionRow(summary(rs, metricPreference, aliasesByVersion),
                            rs.getString("description")))
                    .forEach(row -> {
                        sorted.add(row.summary());
                        descriptions.putIfAbsent(row.summary().modelName(), row.description());
                    });
            sorted.sort(versionOrder(query.sort()));
            List<ModelSummary> models = models(sorted, descriptions, aliasesByModel, query.sort());
            return new ModelSearchResult(models, sorted.subList(0, Math.min(query.limit(), sorted.size())),
                    sorted.size());
        });
    }

    private record AliasRow(long versionId, String alias, String model, int version) {
    }

    private record VersionRow(VersionSummary summary, String description) {
    }

    private static Query versionQuery(Handle h, ModelQuery query, List<String> metricPreference) {
        StringBuilder sql = new StringBuilder("SELECT v.id, m.name, m.description, v.version_no, v.status,"
                + " v.created_by, v.created_at, r.algorithm");
        for (int i = 0; i < metricPreference.size(); i++) {
            sql.append(", (SELECT x.metric_value FROM run_metric x WHERE x.run_id = v.run_id AND x.split_name = '")
                    .append(PromotionPolicy.SPLIT).append("' AND x.metric_name = :metric").append(i)
                    .append(" ORDER BY x.step_no DESC LIMIT 1) AS metric").append(i);
        }
        sql.append(" FROM model_version v JOIN registered_model m ON m.id = v.model_id"
                + " LEFT JOIN training_run r ON r.id = v.run_id WHERE 1 = 1");
        query.nameContains().ifPresent(x -> sql.append(" AND LOWER(m.name) LIKE :name ESCAPE '!'"));
        query.status().ifPresent(x -> sql.append(" AND v.status = :status"));
        query.createdBy().ifPresent(x -> sql.append(" AND v.created_by = :creator"));
        query.algorithm().ifPresent(x -> sql.append(" AND LOWER(r.algorithm) = :algorithm"));
        query.tagName().ifPresent(x -> sql.append(" AND EXISTS (SELECT 1 FROM model_version_tag t"
                + " WHERE t.version_id = v.id AND t.tag_name = :tag")
                .append(query.tagText().isPresent() ? " AND t.tag_text = :tagText)" : ")"));
        query.alias().ifPresent(x -> sql.append(" AND EXISTS (SELECT 1 FROM model_alias a"
                + " WHERE a.version_id = v.id AND a.alias = :alias)"));
        Query q = h.createQuery(sql.toString());
        for (int i = 0; i < metricPreference.size(); i++) {
            q.bind("metric" + i, metricPreference.get(i));
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

    private static VersionSummary summary(ResultSet rs, List<String> metricPreference,
                                          Map<Long, List<String>> aliasesByVersion) throws SQLException {
        Optional<MetricValue> metric = Optional.empty();
        for (int i = 0; i < metricPreference.size() && metric.isEmpty(); i++) {
            double value = rs.getDouble("metric" + i);
            if (!rs.wasNull()) {
                metric = Optional.of(new MetricValue(metricPreference.get(i), value));
            }
        }
        long id = rs.getLong("id");
        String algorithm = rs.getString("algorithm");
        return new VersionSummary(id, rs.getString("name"), rs.getInt("version_no"),
                VersionStatus.fromStored(rs.getString("status")), algorithm == null ? "" : algorithm,
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                aliasesByVersion.getOrDefault(id, List.of()), metric);
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

    private static Comparator<VersionSummary> versionOrder(ModelQuery.Sort sort) {
        Comparator<VersionSummary> byName = Comparator.comparing(VersionSummary::modelName)
                .thenComparing(Comparator.comparingInt(VersionSummary::version).reversed());
        return switch (sort) {
            case NAME -> byName;
            case NEWEST -> Comparator.comparing(VersionSummary::createdAt).reversed().thenComparing(byName);
            case BEST_METRIC -> ((Comparator<VersionSummary>) ModelQueryRepository::compareMetric).thenComparing(byName);
        };
    }

    /** Better metric first, versions without a metric last. */
    private static int compareMetric(VersionSummary a, VersionSummary b) {
        if (a.testMetric().isEmpty() || b.testMetric().isEmpty()) {
            return Boolean.compare(a.testMetric().isEmpty(), b.testMetric().isEmpty());
        }
        MetricValue x = a.testMetric().get();
        MetricValue y = b.testMetric().get();
        int ascending = Double.compare(x.value(), y.value());
        return PromotionPolicy.isHigherBetter(x.name()) ? -ascending : ascending;
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
