package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.ColumnPlan;
import io.mlworkbench.engine.features.step.FittedStep;
import java.util.List;

/**
 * The settings of {@link TextStatsStep}.
 *
 * @param columns the text columns
 * @param measures {@code length} and/or {@code tokens}
 * @param keepOriginal true when the original columns stay
 */
public record FittedTextStats(List<String> columns, List<String> measures, boolean keepOriginal)
        implements FittedStep {

    /** Copies the lists. */
    public FittedTextStats {
        columns = List.copyOf(columns);
        measures = List.copyOf(measures);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        ColumnPlan.Builder builder = ColumnPlan.from(input);
        int[] in = new int[columns.size()];
        for (int k = 0; k < in.length; k++) {
            String c = columns.get(k);
            in[k] = ColumnPlan.requireColumn(input, c, false);
            builder.insertAfter(c, measures.stream().map(m -> ColumnSchema.feature(c + "_" + m, ColumnType.INTEGER))
                    .toList());
            if (!keepOriginal) {
                builder.drop(c);
            }
        }
        ColumnPlan plan = builder.build();
        int m = measures.size();
        int[] out = new int[in.length * m];
        boolean[] isLength = new boolean[m];
        for (int k = 0; k < in.length; k++) {
            for (int j = 0; j < m; j++) {
                out[k * m + j] = plan.outputSlot(columns.get(k) + "_" + measures.get(j));
                isLength[j] = measures.get(j).equals("length");
            }
        }
        return plan.bind((row, result) -> {
            for (int k = 0; k < in.length; k++) {
                String text = row.label(in[k]);
                for (int j = 0; j < m; j++) {
                    result.setNumber(out[k * m + j], text == null ? Double.NaN
                            : isLength[j] ? text.codePointCount(0, text.length()) : tokens(text));
                }
            }
        });
    }

    private static int tokens(String text) {
        int count = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            boolean word = Character.isLetterOrDigit(text.charAt(i));
            if (word && !inToken) {
                count++;
            }
            inToken = word;
        }
        return count;
    }
}
