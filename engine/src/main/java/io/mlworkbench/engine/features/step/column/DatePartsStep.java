package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.features.step.DateTimeText;
import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Extracts calendar parts of a date/time column, in UTC, as INTEGER columns {@code <column>_<part>}: {@code year},
 * {@code month} (1-12), {@code day} (of month), {@code weekday} (ISO: 1 = Monday ... 7 = Sunday), {@code hour}
 * (0-23) and {@code days_since} (whole days from {@code reference_date}; default: the earliest training date). Works
 * on DATETIME columns and on text columns holding ISO-8601 dates or date-times. The original column is dropped
 * unless {@code keep_original}.
 *
 * <p>Serving: a missing or unparseable value makes every part missing.
 */
public final class DatePartsStep implements StepType {

    /** The parts that can be extracted. */
    static final List<String> PARTS = List.of("year", "month", "day", "weekday", "hour", "days_since");

    @Override
    public String kind() {
        return "date_parts";
    }

    @Override
    public String title() {
        return "Date/time parts";
    }

    @Override
    public String description() {
        return "Splits a date/time into year, month, day, weekday, hour and days since a reference date.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.column("column", "The date/time column"),
                ParameterSpec.choices("parts", List.of("year", "month", "weekday"), "The parts to extract",
                        PARTS.toArray(String[]::new)),
                ParameterSpec.text("reference_date", false, "yyyy-MM-dd for days_since (default: the earliest"
                        + " training date)"),
                ParameterSpec.bool("keep_original", false, "Keep the original column too"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedDateParts.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        String column = parameters.text("column");
        String reference = parameters.optionalText("reference_date").map(String::strip).orElse("");
        if (reference.isEmpty()) {
            reference = earliest(context.table().column(column)).toString();
        } else {
            try {
                LocalDate.parse(reference);
            } catch (DateTimeParseException e) {
                throw new WorkbenchException("reference_date '" + reference + "' is not a yyyy-MM-dd date", e);
            }
        }
        FittedDateParts fitted = new FittedDateParts(column, parameters.texts("parts"), reference,
                parameters.bool("keep_original"));
        fitted.bind(context.table().schema());
        return FitOutcome.of(fitted);
    }

    private static LocalDate earliest(Column column) {
        long min = Long.MAX_VALUE;
        for (int r = 0; r < column.size(); r++) {
            long millis = column instanceof NumericColumn n ? epochMillis(n.get(r))
                    : DateTimeText.parseMillis(((StringColumn) column).get(r));
            if (millis != Long.MIN_VALUE) {
                min = Math.min(min, millis);
            }
        }
        return min == Long.MAX_VALUE ? LocalDate.EPOCH : LocalDate.ofEpochDay(Math.floorDiv(min, DateTimeText.DAY_MILLIS));
    }

    private static long epochMillis(double v) {
        return Double.isNaN(v) ? Long.MIN_VALUE : (long) v;
    }
}
