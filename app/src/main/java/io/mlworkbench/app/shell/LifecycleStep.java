package io.mlworkbench.app.shell;

/**
 * The places in the sidebar, in lifecycle order. Each has a fixed position and keyboard shortcut
 * ({@code Ctrl+0} for the overview, {@code Ctrl+1}… for the steps) so shortcuts do not shift as steps are
 * added. A step appears only once its issue registers a view for it.
 */
public enum LifecycleStep {

    /** The workspace overview (home). */
    OVERVIEW("mdi2v-view-dashboard-outline"),
    /** Import a table as a dataset version. */
    IMPORT("mdi2d-database-import-outline"),
    /** Validate a dataset version against a suite. */
    VALIDATE("mdi2c-check-circle"),
    /** Build feature pipelines. */
    FEATURES("mdi2t-tune-variant"),
    /** Train models. */
    TRAIN("mdi2s-school-outline"),
    /** Compare runs. */
    COMPARE("mdi2s-scale-balance"),
    /** The model registry. */
    REGISTRY("mdi2p-package-variant-closed"),
    /** Deploy and monitor. */
    DEPLOY_MONITOR("mdi2r-rocket-launch-outline"),
    /** Retrain on new data. */
    RETRAIN("mdi2r-refresh");

    private final String iconLiteral;

    LifecycleStep(String iconLiteral) {
        this.iconLiteral = iconLiteral;
    }

    /** @return the Ikonli Material Design 2 icon literal for the sidebar */
    public String iconLiteral() {
        return iconLiteral;
    }

    /** @return the digit of the step's shortcut: 0 for the overview, 1-8 for the lifecycle steps */
    public int shortcutDigit() {
        return ordinal();
    }
}
