package io.mlworkbench.app.importing;

import io.mlworkbench.app.i18n.NumberText;
import io.mlworkbench.engine.data.profile.ColumnProfile;
import io.mlworkbench.engine.data.profile.NumericSummary;
import io.mlworkbench.engine.data.profile.ValueCount;
import java.util.stream.Collectors;

/**
 * One column's profile as a row of the profile table: every statistic as text, empty where it does not apply.
 *
 * @param profile the column's profile
 */
public record ColumnProfileRow(ColumnProfile profile) {

    private static final int TOP_SHOWN = 5;

    /** @return the column name */
    public String name() {
        return profile.name();
    }

    /** @return the column type */
    public String type() {
        return profile.type().name();
    }

    /** @return the column role */
    public String role() {
        return profile.role().name();
    }

    /** @return non-missing values */
    public String count() {
        return NumberText.count(profile.count());
    }

    /** @return missing values and their share, e.g. {@code 1,836 (5.6%)}; {@code 0} when none */
    public String missing() {
        return profile.missing() == 0 ? "0"
                : NumberText.count(profile.missing()) + " (" + NumberText.percentOf(profile.missingShare()) + ")";
    }

    /** @return distinct non-missing values */
    public String distinct() {
        return NumberText.count(profile.distinct());
    }

    /** @return the smallest value (numbers and dates) */
    public String min() {
        if (profile.dateTimeRange() != null) {
            return profile.dateTimeRange().min().toString();
        }
        return numeric() == null ? "" : NumberText.decimal(numeric().min());
    }

    /** @return the largest value (numbers and dates) */
    public String max() {
        if (profile.dateTimeRange() != null) {
            return profile.dateTimeRange().max().toString();
        }
        return numeric() == null ? "" : NumberText.decimal(numeric().max());
    }

    /** @return the mean (numbers) */
    public String mean() {
        return numeric() == null ? "" : NumberText.decimal(numeric().mean());
    }

    /** @return the sample standard deviation (numbers with at least two values) */
    public String std() {
        return numeric() == null || numeric().std() == null ? "" : NumberText.decimal(numeric().std());
    }

    /** @return the quartiles, e.g. {@code 28 / 37 / 48} */
    public String quartiles() {
        if (numeric() == null) {
            return "";
        }
        return NumberText.decimal(numeric().quantiles().p25()) + " / " + NumberText.decimal(numeric().quantiles().p50())
                + " / " + NumberText.decimal(numeric().quantiles().p75());
    }

    /** @return the 1st, 5th, 95th and 99th percentiles, e.g. {@code 17 / 19 / 63 / 74} */
    public String tails() {
        if (numeric() == null) {
            return "";
        }
        return NumberText.decimal(numeric().quantiles().p1()) + " / " + NumberText.decimal(numeric().quantiles().p5())
                + " / " + NumberText.decimal(numeric().quantiles().p95()) + " / "
                + NumberText.decimal(numeric().quantiles().p99());
    }

    /** @return the most frequent values with their counts, e.g. {@code Private (22,696), ? (1,836)} */
    public String topValues() {
        String shown = profile.topValues().values().stream().limit(TOP_SHOWN).map(ColumnProfileRow::valueCount)
                .collect(Collectors.joining(", "));
        return profile.topValues().values().size() > TOP_SHOWN || !profile.topValues().hasAllValues()
                ? shown + ", \u2026" : shown;
    }

    private static String valueCount(ValueCount value) {
        return value.value() + " (" + NumberText.count(value.count()) + ")";
    }

    private NumericSummary numeric() {
        return profile.numeric();
    }
}
