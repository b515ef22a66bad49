package io.mlworkbench.engine.features.step.categorical;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Target (mean) encoding: replaces each category by the smoothed mean of the target over the training rows of
 * that category, {@code (sum + m * prior) / (count + m)} with {@code m = smoothing} and {@code prior} the overall
 * training mean. A numeric target is averaged as is; a label target as 1 for {@code positive_class} and 0 otherwise
 * (default positive class: the rarer of exactly two classes).
 *
 * <p>Leakage: the training rows themselves are encoded <b>out of fold</b>: the rows are split at random (the
 * pipeline seed) into {@code folds} folds and each row gets the encoding learned on the other folds, so no row's
 * own target reaches its feature. The stored state, used for every row transformed later, is learned on all
 * training rows.
 *
 * <p>Serving: a category not seen in training and a missing value both get the prior.
 */
public final class TargetEncodeStep implements StepType {

    @Override
    public String kind() {
        return "target_encode";
    }

    @Override
    public String title() {
        return "Target encode";
    }

    @Override
    public String description() {
        return "Replaces each category by the smoothed training mean of the target, out of fold on the training rows.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.columns("columns", "The categorical columns to encode"),
                ParameterSpec.decimal("smoothing", 10, 0, 1e9, "m: how many prior rows each category's mean is"
                        + " blended with"),
                ParameterSpec.integer("folds", 5, 2, 50, "Folds for the out-of-fold encoding of the training rows"),
                ParameterSpec.text("positive_class", false, "For a label target: the class counted as 1 (default:"
                        + " the rarer of two classes)"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedTargetEncode.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        Column target = context.target().orElseThrow(() -> new WorkbenchException(
                "target encoding needs the pipeline's target column, but the pipeline has none"));
        double[] y = targetValues(target, parameters.optionalText("positive_class"));
        double m = parameters.decimal("smoothing");
        int folds = parameters.integer("folds");
        int[] fold = assignFolds(y.length, folds, context.seed());
        double totalSum = 0;
        int totalCount = 0;
        double[] foldSum = new double[folds];
        int[] foldCount = new int[folds];
        for (int r = 0; r < y.length; r++) {
            if (!Double.isNaN(y[r])) {
                totalSum += y[r];
                totalCount++;
                foldSum[fold[r]] += y[r];
                foldCount[fold[r]]++;
            }
        }
        double prior = totalCount == 0 ? 0 : totalSum / totalCount;
        List<FittedTargetEncode.Encoding> encodings = new ArrayList<>();
        Map<String, double[]> overrides = new HashMap<>();
        for (String column : parameters.texts("columns")) {
            String[] labels = context.labels(column);
            Map<String, double[]> stats = new LinkedHashMap<>();
            for (int r = 0; r < y.length; r++) {
                if (labels[r] != null && !Double.isNaN(y[r])) {
                    double[] s = stats.computeIfAbsent(labels[r], l -> new double[2 + 2 * folds]);
                    s[0] += y[r];
                    s[1]++;
                    s[2 + 2 * fold[r]] += y[r];
                    s[3 + 2 * fold[r]]++;
                }
            }
            Map<String, Double> values = new LinkedHashMap<>();
            stats.forEach((label, s) -> values.put(label, (s[0] + m * prior) / (s[1] + m)));
            encodings.add(new FittedTargetEncode.Encoding(column, values));
            double[] oof = new double[y.length];
            for (int r = 0; r < y.length; r++) {
                int f = fold[r];
                int restCount = totalCount - foldCount[f];
                double restPrior = restCount == 0 ? prior : (totalSum - foldSum[f]) / restCount;
                double[] s = labels[r] == null ? null : stats.get(labels[r]);
                double sum = s == null ? 0 : s[0] - s[2 + 2 * f];
                double count = s == null ? 0 : s[1] - s[3 + 2 * f];
                oof[r] = count + m == 0 ? restPrior : (sum + m * restPrior) / (count + m);
            }
            overrides.put(column, oof);
        }
        return new FitOutcome(new FittedTargetEncode(prior, encodings), overrides);
    }

    private static int[] assignFolds(int n, int folds, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % folds;
        }
        return fold;
    }

    private static double[] targetValues(Column target, Optional<String> positiveClass) {
        double[] y = new double[target.size()];
        if (target instanceof NumericColumn numbers) {
            for (int r = 0; r < y.length; r++) {
                y[r] = numbers.get(r);
            }
            return y;
        }
        StringColumn labels = (StringColumn) target;
        String positive = positiveClass.orElseGet(() -> rarerOfTwo(labels));
        for (int r = 0; r < y.length; r++) {
            String v = labels.get(r);
            y[r] = v == null ? Double.NaN : v.equals(positive) ? 1 : 0;
        }
        return y;
    }

    private static String rarerOfTwo(StringColumn labels) {
        Map<String, Integer> counts = new HashMap<>();
        for (int r = 0; r < labels.size(); r++) {
            if (labels.get(r) != null) {
                counts.merge(labels.get(r), 1, Integer::sum);
            }
        }
        if (counts.size() != 2) {
            throw new WorkbenchException("target column '" + labels.schema().name() + "' has " + counts.size()
                    + " classes in the training rows; set positive_class to say which class counts as 1");
        }
        List<String> classes = counts.keySet().stream().sorted().toList();
        return counts.get(classes.get(1)) < counts.get(classes.get(0)) ? classes.get(1) : classes.get(0);
    }
}
