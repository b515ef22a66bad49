package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.ParameterType;
import io.mlworkbench.engine.features.step.SampleStatistics;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Replaces numeric columns by a bin number 0..k-1. Cut points are learned from the training rows:
 * {@code equal_width} (k bins of equal width between the training minimum and maximum), {@code quantile} (k bins
 * of about equal training counts; duplicate cut points merge, so fewer bins can result) or {@code custom} (the
 * given {@code edges}, used as cut points). A value equal to a cut point goes to the bin above it.
 *
 * <p>Serving: values below the first cut point go to bin 0 and above the last to the last bin (also values outside
 * the training range); missing stays missing.
 */
public final class BinStep implements StepType {

    @Override
    public String kind() {
        return "bin";
    }

    @Override
    public String title() {
        return "Bin numbers";
    }

    @Override
    public String description() {
        return "Turns numeric columns into bin numbers: equal width, quantile or custom cut points.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.columns("columns", "The numeric columns to bin"),
                ParameterSpec.choice("method", "quantile", "How cut points are chosen", "equal_width", "quantile",
                        "custom"),
                ParameterSpec.integer("bins", 5, 2, 1000, "The number of bins (equal_width, quantile)"),
                ParameterSpec.list("edges", ParameterType.DECIMALS, "Increasing cut points (custom)"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedBin.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        String method = parameters.text("method");
        int bins = parameters.integer("bins");
        List<Double> custom = parameters.decimals("edges");
        if (method.equals("custom")) {
            if (custom.isEmpty()) {
                throw new WorkbenchException("method custom needs at least one value in 'edges'");
            }
            for (int i = 1; i < custom.size(); i++) {
                if (!(custom.get(i) > custom.get(i - 1))) {
                    throw new WorkbenchException("'edges' must increase strictly, but " + custom.get(i) + " follows "
                            + custom.get(i - 1));
                }
            }
        }
        List<FittedBin.Cuts> columns = new ArrayList<>();
        for (String column : parameters.texts("columns")) {
            double[] v = context.sortedObservedNumbers(column);
            List<Double> cuts;
            if (method.equals("custom")) {
                cuts = custom;
            } else if (v.length == 0) {
                cuts = List.of();
            } else {
                TreeSet<Double> set = new TreeSet<>();
                for (int i = 1; i < bins; i++) {
                    double cut = method.equals("quantile") ? SampleStatistics.quantile(v, (double) i / bins)
                            : v[0] + i * (v[v.length - 1] - v[0]) / bins;
                    if (cut > v[0] || method.equals("equal_width") && v[v.length - 1] > v[0]) {
                        set.add(cut);
                    }
                }
                cuts = List.copyOf(set);
            }
            columns.add(new FittedBin.Cuts(column, cuts));
        }
        return FitOutcome.of(new FittedBin(columns));
    }
}
