package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.ColumnPlan;
import io.mlworkbench.engine.features.step.DateTimeText;
import io.mlworkbench.engine.features.step.FittedStep;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The settings of {@link DatePartsStep}.
 *
 * @param column the date/time column
 * @param parts the parts extracted, in output order
 * @param referenceDate the yyyy-MM-dd date days_since counts from
 * @param keepOriginal true when the original column stays
 */
public record FittedDateParts(String column, List<String> parts, String referenceDate, boolean keepOriginal)
        implements FittedStep {

    /** Copies the list. */
    public FittedDateParts {
        parts = List.copyOf(parts);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        int in = ColumnPlan.requireColumn(input, column, null);
        boolean numeric = input.column(in).type().isNumericStorage();
        ColumnPlan.Builder builder = ColumnPlan.from(input).insertAfter(column, parts.stream()
                .map(p -> ColumnSchema.feature(column + "_" + p, ColumnType.INTEGER)).toList());
        if (!keepOriginal) {
            builder.drop(column);
        }
        ColumnPlan plan = builder.build();
        int[] out = parts.stream().mapToInt(p -> plan.outputSlot(column + "_" + p)).toArray();
        int[] part = parts.stream().mapToInt(DatePartsStep.PARTS::indexOf).toArray();
        long referenceDay = LocalDate.parse(referenceDate).toEpochDay();
        return plan.bind((row, result) -> {
            long millis;
            if (numeric) {
                double v = row.number(in);
                millis = Double.isNaN(v) ? Long.MIN_VALUE : (long) v;
            } else {
                millis = DateTimeText.parseMillis(row.label(in));
            }
            LocalDateTime t = millis == Long.MIN_VALUE ? null
                    : LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L), 0, ZoneOffset.UTC);
            for (int k = 0; k < out.length; k++) {
                result.setNumber(out[k], t == null ? Double.NaN : switch (part[k]) {
                    case 0 -> t.getYear();
                    case 1 -> t.getMonthValue();
                    case 2 -> t.getDayOfMonth();
                    case 3 -> t.getDayOfWeek().getValue();
                    case 4 -> t.getHour();
                    default -> Math.floorDiv(millis, DateTimeText.DAY_MILLIS) - referenceDay;
                });
            }
        });
    }
}
