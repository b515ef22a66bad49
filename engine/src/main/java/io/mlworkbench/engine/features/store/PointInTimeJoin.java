package io.mlworkbench.engine.features.store;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.step.ColumnPlan;
import io.mlworkbench.engine.features.step.RowBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The point-in-time correct join of a feature table onto a label table: for each label row, the latest feature row
 * of the same entity whose event time is at or before the label's time (and, with a time-to-live, not older than
 * it). Feature rows from after the label's time are never used, so training never sees the future. Label rows
 * without such a feature row get missing features. Among feature rows with equal time, the later row in the table
 * wins.
 *
 * <p>Keys match by their text (numbers by canonical text); times are numbers (DATETIME: epoch milliseconds). The
 * output holds every label column, then every feature column except the feature key and time; a feature column
 * whose name a label column already has gets the suffix {@code _feature}.
 */
public final class PointInTimeJoin {

    private PointInTimeJoin() {
    }

    /**
     * @param labels the label table
     * @param labelKey its entity key column
     * @param labelTime its time column (numeric storage)
     * @param features the feature table
     * @param featureKey its entity key column
     * @param featureTime its event-time column (numeric storage)
     * @param timeToLive the oldest a feature row may be, relative to the label time, if limited
     * @return the label rows with their features
     */
    public static Table join(Table labels, String labelKey, String labelTime, Table features, String featureKey,
                             String featureTime, Optional<Duration> timeToLive) {
        ColumnPlan.requireColumn(labels.schema(), labelKey, null);
        ColumnPlan.requireColumn(labels.schema(), labelTime, true);
        ColumnPlan.requireColumn(features.schema(), featureKey, null);
        ColumnPlan.requireColumn(features.schema(), featureTime, true);
        double ttl = timeToLive.map(d -> (double) d.toMillis()).orElse(Double.POSITIVE_INFINITY);
        String[] featureKeys = keys(features.column(featureKey));
        NumericColumn featureTimes = (NumericColumn) features.column(featureTime);
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int r = 0; r < features.rowCount(); r++) {
            if (featureKeys[r] != null && !featureTimes.isMissing(r)) {
                byKey.computeIfAbsent(featureKeys[r], k -> new ArrayList<>()).add(r);
            }
        }
        byKey.values().forEach(rows -> rows.sort((a, b) -> Double.compare(featureTimes.get(a), featureTimes.get(b))));
        String[] labelKeys = keys(labels.column(labelKey));
        NumericColumn labelTimes = (NumericColumn) labels.column(labelTime);
        int[] match = new int[labels.rowCount()];
        for (int r = 0; r < match.length; r++) {
            match[r] = -1;
            List<Integer> rows = labelKeys[r] == null ? null : byKey.get(labelKeys[r]);
            double t = labelTimes.get(r);
            if (rows == null || Double.isNaN(t)) {
                continue;
            }
            int found = latestAtOrBefore(rows, featureTimes, t);
            if (found >= 0 && t - featureTimes.get(found) <= ttl) {
                match[r] = found;
            }
        }
        return assemble(labels, features, featureKey, featureTime, match);
    }

    private static int latestAtOrBefore(List<Integer> rows, NumericColumn times, double t) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times.get(rows.get(mid)) <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? -1 : rows.get(lo - 1);
    }

    private static String[] keys(Column column) {
        String[] keys = new String[column.size()];
        for (int r = 0; r < keys.length; r++) {
            if (column instanceof StringColumn s) {
                keys[r] = s.get(r);
            } else {
                double v = ((NumericColumn) column).get(r);
                keys[r] = Double.isNaN(v) ? null : RowBuffer.canonicalLabel(v);
            }
        }
        return keys;
    }

    private static Table assemble(Table labels, Table features, String featureKey, String featureTime, int[] match) {
        List<ColumnBuilder> builders = new ArrayList<>();
        for (Column c : labels.columns()) {
            ColumnBuilder b = new ColumnBuilder(c.schema(), match.length);
            for (int r = 0; r < match.length; r++) {
                copy(c, r, b);
            }
            builders.add(b);
        }
        for (Column c : features.columns()) {
            String name = c.schema().name();
            if (name.equals(featureKey) || name.equals(featureTime)) {
                continue;
            }
            ColumnSchema schema = labels.schema().indexOf(name) >= 0 ? c.schema().withName(name + "_feature")
                    : c.schema();
            if (labels.schema().indexOf(schema.name()) >= 0) {
                throw new WorkbenchException("Feature column '" + name + "' clashes with label columns '" + name
                        + "' and '" + schema.name() + "'; rename one first");
            }
            ColumnBuilder b = new ColumnBuilder(schema, match.length);
            for (int m : match) {
                if (m < 0) {
                    b.addMissing();
                } else {
                    copy(c, m, b);
                }
            }
            builders.add(b);
        }
        return Table.of(builders);
    }

    private static void copy(Column c, int row, ColumnBuilder into) {
        if (c instanceof NumericColumn n) {
            into.addNumber(n.get(row));
        } else {
            into.addString(((StringColumn) c).get(row));
        }
    }
}
