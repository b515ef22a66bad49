package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.List;

/**
 * Measures text columns as INTEGER columns {@code <column>_length} (characters, as Unicode code points) and
 * {@code <column>_tokens} (runs of letters or digits). The original column is dropped unless {@code keep_original}.
 * Learns nothing.
 *
 * <p>Serving: a missing text gives missing measures; the empty text gives 0.
 */
public final class TextStatsStep implements StepType {

    /** The measures available. */
    static final List<String> MEASURES = List.of("length", "tokens");

    @Override
    public String kind() {
        return "text_stats";
    }

    @Override
    public String title() {
        return "Text length and tokens";
    }

    @Override
    public String description() {
        return "Counts the characters and the word tokens of text columns.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.columns("columns", "The text columns to measure"),
                ParameterSpec.choices("measures", MEASURES, "What to count", MEASURES.toArray(String[]::new)),
                ParameterSpec.bool("keep_original", false, "Keep the original columns too"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedTextStats.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        FittedTextStats fitted = new FittedTextStats(parameters.texts("columns"), parameters.texts("measures"),
                parameters.bool("keep_original"));
        fitted.bind(context.table().schema());
        return FitOutcome.of(fitted);
    }
}
