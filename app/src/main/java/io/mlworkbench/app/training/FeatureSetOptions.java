package io.mlworkbench.app.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Train step's choice of features for the chosen table: "raw columns" first, then the project's fitted feature
 * set versions. It reports a real change of choice to its listener, but not the transient empty value a combo box
 * bound to it sets while the choices are replaced, nor a reset when the table changes.
 */
final class FeatureSetOptions {

    private final FeatureSetChoice raw;
    private final ObservableList<FeatureSetChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<FeatureSetChoice> chosen = new SimpleObjectProperty<>();
    private boolean quiet;

    /**
     * @param raw the "raw columns (no feature set)" choice
     * @param changed told when the user (or code) chooses other features
     */
    FeatureSetOptions(FeatureSetChoice raw, Runnable changed) {
        this.raw = raw;
        choices.setAll(raw);
        chosen.set(raw);
        chosen.addListener((observable, before, now) -> {
            if (!quiet) {
                changed.run();
            }
        });
    }

    /** Goes back to raw columns without telling the listener (the caller loads the new table itself). */
    void reset() {
        quiet = true;
        chosen.set(raw);
        quiet = false;
    }

    /**
     * @param fitted the fitted feature set versions now offered, after "raw columns"
     * @return true when the chosen features are still offered; false when the choice fell back to raw columns
     *     (the caller reloads the table)
     */
    boolean replace(List<FeatureSetChoice> fitted) {
        List<FeatureSetChoice> all = new ArrayList<>(List.of(raw));
        all.addAll(fitted);
        FeatureSetChoice keep = chosen();
        boolean kept = all.contains(keep);
        quiet = true;
        choices.setAll(all);
        chosen.set(kept ? keep : raw);
        quiet = false;
        return kept;
    }

    /** @return the chosen features; raw columns while a bound combo box briefly holds no value */
    FeatureSetChoice chosen() {
        return chosen.get() == null ? raw : chosen.get();
    }

    /** @return raw columns, then the fitted versions */
    ObservableList<FeatureSetChoice> choices() {
        return choices;
    }

    /** @return the chosen features, for binding */
    ObjectProperty<FeatureSetChoice> chosenProperty() {
        return chosen;
    }
}
