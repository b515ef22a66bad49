package io.mlworkbench.engine.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Decides whether a version may become {@code champion} under a {@link PromotionPolicy}: it must have passed
 * its dataset's validation suite (asked of a pluggable {@link ValidationCheck}) and beat the current champion
 * on the stored test metric. It only decides; {@link ModelAliasService} moves the alias.
 */
public final class PromotionGate {

    private final ValidationCheck validation;
    private final LineageRepository lineage;

    /**
     * @param validation answers whether a dataset version passed validation
     * @param lineage reads runs and metrics
     */
    public PromotionGate(ValidationCheck validation, LineageRepository lineage) {
        this.validation = validation;
        this.lineage = lineage;
    }

    /**
     * @param candidate the version that would become champion
     * @param champion the current champion, if any
     * @param policy what to require
     * @return every check the policy asks for, with its outcome and reason
     */
    public PromotionDecision evaluate(ModelVersion candidate, Optional<ModelVersion> champion,
                                      PromotionPolicy policy) {
        List<GateCheck> checks = new ArrayList<>();
        if (policy.requireValidation()) {
            checks.add(validation(candidate));
        }
        if (policy.requireImprovement()) {
            checks.add(improvement(candidate, champion, policy));
        }
        return new PromotionDecision(checks);
    }

    private GateCheck validation(ModelVersion candidate) {
        Optional<RunFacts> run = candidate.runId().stream().boxed().findFirst().flatMap(lineage::findRunFacts);
        Optional<DatasetVersionRef> dataset = run.flatMap(RunFacts::dataset);
        if (dataset.isEmpty()) {
            return new GateCheck("validation", false, "version " + candidate.version() + " has no recorded dataset"
                    + " version, so nothing shows its training data passed validation");
        }
        ValidationVerdict verdict = validation.verdict(dataset.get());
        return new GateCheck("validation", verdict.passed(), verdict.reason());
    }

    private GateCheck improvement(ModelVersion candidate, Optional<ModelVersion> champion, PromotionPolicy policy) {
        Optional<MetricValue> found = candidate.runId().isPresent()
                ? lineage.findTestMetric(candidate.runId().getAsLong(), policy.metricPreference()) : Optional.empty();
        if (found.isEmpty()) {
            return new GateCheck("improvement", false, "version " + candidate.version() + " has no stored "
                    + PromotionPolicy.SPLIT + " metric " + String.join(" or ", policy.metricPreference())
                    + " to compare; set the promotion metric to one its run stored");
        }
        String metric = found.get().name();
        double a = found.get().value();
        String mine = PromotionPolicy.SPLIT + " " + metric + " " + format(a);
        if (champion.isEmpty()) {
            return new GateCheck("improvement", true, "there is no champion yet to beat (" + mine + ")");
        }
        ModelVersion current = champion.get();
        OptionalDouble theirs = metricOf(current, metric);
        if (theirs.isEmpty()) {
            return new GateCheck("improvement", false, "champion version " + current.version() + " has no stored "
                    + PromotionPolicy.SPLIT + " " + metric + " to compare with");
        }
        boolean higherBetter = PromotionPolicy.isHigherBetter(metric);
        double b = theirs.getAsDouble();
        boolean beats = higherBetter ? a > b : a < b;
        String comparison = mine + (beats ? " beats " : " does not beat ") + "champion version " + current.version()
                + "'s " + format(b) + (higherBetter ? " (higher is better)" : " (lower is better)");
        return new GateCheck("improvement", beats, comparison);
    }

    private OptionalDouble metricOf(ModelVersion version, String metric) {
        return version.runId().isPresent()
                ? lineage.findMetric(version.runId().getAsLong(), PromotionPolicy.SPLIT, metric)
                : OptionalDouble.empty();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
