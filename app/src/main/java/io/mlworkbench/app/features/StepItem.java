package io.mlworkbench.app.features;

/**
 * One step as a row of the step list.
 *
 * @param number its 1-based position
 * @param kind its kind, e.g. {@code impute}
 * @param title its type's title, e.g. "Impute missing values"
 * @param summary its settings in brief, e.g. "total_charges · median"
 * @param error what is wrong with it, empty when nothing
 */
public record StepItem(int number, String kind, String title, String summary, String error) {

    /** @return true when the step needs the user's attention */
    public boolean hasError() {
        return !error.isEmpty();
    }
}
