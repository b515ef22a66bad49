package io.mlworkbench.engine.validation;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.profile.ColumnProfile;
import io.mlworkbench.engine.data.profile.DatasetProfile;
import io.mlworkbench.engine.data.profile.Histogram;
import io.mlworkbench.engine.data.profile.NumericSummary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Proposes a suite from a profile, each rule with its reason: the column set, a row count band, and per column the
 * type, not-null (with {@code mostly} a little below the observed share when a few values are missing), and one
 * value rule: unique for likely identifiers, in-set for a closed set of categories (or of few whole numbers),
 * between with a margin for other numbers. It stays quiet where a rule would be noise: no in-set for free text or
 * high-cardinality labels, no not-null for a column more than {@link #MAX_MISSING_SHARE} missing, only the column
 * set for ignored columns.
 */
public final class SuiteSuggester {

    /** Above this share of missing values no not-null rule is proposed. */
    public static final double MAX_MISSING_SHARE = 0.3;
    /** At most this many categories are proposed as a value set. */
    public static final int MAX_SET_SIZE = 50;
    /** Whole-number columns with at most this many distinct values get a value set instead of a range. */
    public static final int MAX_INTEGER_SET_SIZE = 10;
    /** The share of the observed range added on each side of a proposed range. */
    public static final double RANGE_MARGIN = 0.1;

    /**
     * @param profile a dataset profile
     * @return the proposed rules: table-level first, then per column in column order
     */
    public List<SuggestedRule> suggest(DatasetProfile profile) {
        List<SuggestedRule> rules = new ArrayList<>();
        List<String> names = profile.columns().stream().map(ColumnProfile::name).toList();
        add(rules, null, Rule.of(ExpectationNames.COLUMNS_MATCH_SET, "column_set", names, "exact_match", true),
                "the table has " + names.size() + " columns; a renamed, missing or extra column fails this");
        if (profile.rowCount() > 0) {
            long n = profile.rowCount();
            long min = (long) Math.floor(n * 0.8);
            long max = (long) Math.ceil(n * 1.25);
            add(rules, null, Rule.of(ExpectationNames.ROW_COUNT_BETWEEN, "min_value", min, "max_value", max),
                    count(n) + " rows now; allow " + count(min) + " to " + count(max) + " (-20% / +25%)");
        }
        for (ColumnProfile column : profile.columns()) {
            if (column.role() != ColumnRole.IGNORE && column.count() > 0) {
                suggestFor(profile, column, rules);
            }
        }
        return rules;
    }

    private static void suggestFor(DatasetProfile profile, ColumnProfile column, List<SuggestedRule> rules) {
        String name = column.name();
        add(rules, name, Rule.of(ExpectationNames.OF_TYPE, "column", name, "type_", column.type().name()),
                "imported as " + column.type());
        suggestNotNull(column, rules);
        if (profile.hasLikelyIdentifier(name) && column.distinct() == column.rows()) {
            add(rules, name, Rule.of(ExpectationNames.UNIQUE, "column", name),
                    "all " + count(column.distinct()) + " values are distinct: a likely identifier");
        } else if (column.type().isQuantitative() && column.numeric() != null) {
            suggestNumbers(column, rules);
        } else if (column.type() == ColumnType.CATEGORICAL || column.type() == ColumnType.TEXT) {
            suggestCategories(column, rules);
        }
    }

    private static void suggestNotNull(ColumnProfile column, List<SuggestedRule> rules) {
        String name = column.name();
        if (column.missing() == 0) {
            add(rules, name, Rule.of(ExpectationNames.NOT_NULL, "column", name),
                    "no missing values in " + count(column.rows()) + " rows");
            return;
        }
        double share = column.missingShare();
        if (share <= MAX_MISSING_SHARE) {
            double mostly = Math.floor((1 - share - Math.max(0.005, share / 2)) * 1000) / 1000;
            add(rules, name, Rule.of(ExpectationNames.NOT_NULL, "column", name, "mostly", mostly),
                    percent(share) + " missing (" + count(column.missing()) + " of " + count(column.rows())
                            + "); require at least " + percent(mostly) + " present");
        }
    }

    private static void suggestNumbers(ColumnProfile column, List<SuggestedRule> rules) {
        String name = column.name();
        NumericSummary s = column.numeric();
        if (column.type() == ColumnType.INTEGER && column.distinct() <= MAX_INTEGER_SET_SIZE
                && column.topValues().hasAllValues()) {
            List<Long> values = column.topValues().values().stream().map(v -> Long.parseLong(v.value())).sorted()
                    .toList();
            add(rules, name, Rule.of(ExpectationNames.IN_SET, "column", name, "value_set", values),
                    "only " + values.size() + " distinct whole numbers " + values);
            return;
        }
        double range = s.max() - s.min();
        double margin = range > 0 ? range * RANGE_MARGIN : Math.max(1, Math.abs(s.min()) * RANGE_MARGIN);
        double step = column.type() == ColumnType.INTEGER ? 1 : Math.pow(10, Math.floor(Math.log10(margin * 10)) - 2);
        double lo = Math.floor((s.min() - margin) / step) * step;
        double hi = Math.ceil((s.max() + margin) / step) * step;
        boolean clamped = s.min() >= 0 && lo < 0;
        if (clamped) {
            lo = 0;
        }
        Object min = tidy(lo);
        Object max = tidy(hi);
        add(rules, name, Rule.of(ExpectationNames.VALUES_BETWEEN, "column", name, "min_value", min, "max_value", max),
                "observed range [" + number(s.min()) + ", " + number(s.max()) + "]; allow " + number(lo) + " to "
                        + number(hi) + " (10% margin" + (clamped ? ", not below 0" : "") + ")");
    }

    private static void suggestCategories(ColumnProfile column, List<SuggestedRule> rules) {
        Histogram h = column.histogram();
        boolean closedSet = h != null && h.otherCount() == 0 && column.distinct() <= MAX_SET_SIZE
                && column.distinct() <= Math.max(2, column.count() / 10);
        if (!closedSet) {
            return;
        }
        List<String> values = h.labels().stream().sorted().toList();
        add(rules, column.name(), Rule.of(ExpectationNames.IN_SET, "column", column.name(), "value_set", values),
                values.size() + " categories in " + count(column.count()) + " values; a new category fails this");
    }

    private static void add(List<SuggestedRule> rules, String column, Rule rule, String reason) {
        rules.add(new SuggestedRule(column, rule.withNotes(reason), reason));
    }

    private static Object tidy(double v) {
        double rounded = new BigDecimal(v).round(new MathContext(12)).doubleValue();
        return rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15 ? (Object) (long) rounded : rounded;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(double share) {
        return new BigDecimal(share * 100).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
    }

    private static String number(double v) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(new BigDecimal(v).round(new MathContext(10)));
    }
}
