package io.mlworkbench.app.training;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.training.TrainingSpec;
import io.mlworkbench.engine.training.evaluation.SplitSpec;
import io.mlworkbench.engine.training.tuning.SearchStrategy;
import io.mlworkbench.engine.training.tuning.TuningBudget;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Train step's split, evaluation and tuning settings as typed, with the checks that turn them into a
 * {@link TrainingSpec} and a {@link TuningSettings}.
 */
public final class TrainSettings {

    /** Folds of cross-validation each tuning trial uses. */
    static final int TUNING_FOLDS = 3;

    private final StringProperty seed = new SimpleStringProperty("42");
    private final StringProperty testFraction = new SimpleStringProperty("0.2");
    private final StringProperty cvFolds = new SimpleStringProperty("0");
    private final ObjectProperty<String> timeColumn = new SimpleObjectProperty<>();
    private final ObjectProperty<SearchStrategy> strategy = new SimpleObjectProperty<>(SearchStrategy.RANDOM);
    private final StringProperty trials = new SimpleStringProperty("20");
    private final StringProperty minutes = new SimpleStringProperty("10");

    /** @param listener told whenever any setting changes */
    void addListener(Runnable listener) {
        java.util.List<javafx.beans.value.ObservableValue<?>> all = java.util.List.of(seed, testFraction, cvFolds,
                timeColumn, strategy, trials, minutes);
        for (javafx.beans.value.ObservableValue<?> property : all) {
            property.addListener((observable, before, now) -> listener.run());
        }
    }

    /**
     * @param messages the texts of the problems
     * @return what is wrong with the split settings, empty when nothing
     */
    Optional<String> problem(Messages messages) {
        if (parseLong(seed.get()).isEmpty()) {
            return Optional.of(messages.text("training.problem.seed", seed.get()));
        }
        Optional<Double> fraction = parseDouble(testFraction.get());
        if (fraction.isEmpty() || !(fraction.get() > 0 && fraction.get() <= 0.5)) {
            return Optional.of(messages.text("training.problem.testFraction", testFraction.get()));
        }
        Optional<Long> folds = parseLong(cvFolds.get());
        if (folds.isEmpty() || folds.get() == 1 || folds.get() < 0 || folds.get() > 20) {
            return Optional.of(messages.text("training.problem.folds", cvFolds.get()));
        }
        return Optional.empty();
    }

    /**
     * @param messages the texts of the problems
     * @return what is wrong with the tuning budget, empty when nothing
     */
    Optional<String> tuningProblem(Messages messages) {
        Optional<Long> count = parseLong(trials.get());
        Optional<Double> time = parseDouble(minutes.get());
        if (count.isEmpty() || count.get() < 1 || count.get() > 10_000 || time.isEmpty() || !(time.get() > 0)) {
            return Optional.of(messages.text("training.problem.budget", trials.get(), minutes.get()));
        }
        return Optional.empty();
    }

    /**
     * @param target the target column
     * @return the spec every model of a batch starts from (valid settings assumed)
     */
    TrainingSpec spec(String target) {
        SplitSpec split = new SplitSpec(0.0, parseDouble(testFraction.get()).orElseThrow(),
                Optional.ofNullable(timeColumn.get()));
        return new TrainingSpec(Optional.of(target), Optional.empty(), "", Map.of(),
                parseLong(seed.get()).orElseThrow(), split, parseLong(cvFolds.get()).orElseThrow().intValue(),
                Optional.empty());
    }

    /** @return the tuning search settings (valid settings assumed) */
    TuningSettings tuning() {
        long millis = Math.round(parseDouble(minutes.get()).orElse(10.0) * 60_000);
        return new TuningSettings(strategy.get(), new TuningBudget(parseLong(trials.get()).orElse(20L).intValue(),
                Duration.ofMillis(Math.max(1, millis))), TUNING_FOLDS);
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> parseDouble(String text) {
        try {
            return Optional.of(Double.parseDouble(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return the seed of the split, folds and algorithms */
    public StringProperty seedProperty() {
        return seed;
    }

    /** @return the share of rows held out for testing */
    public StringProperty testFractionProperty() {
        return testFraction;
    }

    /** @return folds of cross-validation, 0 for none */
    public StringProperty cvFoldsProperty() {
        return cvFolds;
    }

    /** @return the column to split by time (latest rows for testing), null for a random stratified split */
    public ObjectProperty<String> timeColumnProperty() {
        return timeColumn;
    }

    /** @return how tuned algorithms are searched */
    public ObjectProperty<SearchStrategy> strategyProperty() {
        return strategy;
    }

    /** @return trials at most per tuned algorithm */
    public StringProperty trialsProperty() {
        return trials;
    }

    /** @return minutes at most per tuned algorithm */
    public StringProperty minutesProperty() {
        return minutes;
    }
}
