package io.mlworkbench.app.importing;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.ingest.ColumnInference;
import io.mlworkbench.engine.data.ingest.ColumnSpec;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One source column in the import's column list: the inferred type with its evidence, and the name, type, role
 * and label normalisation the user may change before importing.
 */
public final class ColumnSettingRow {

    /** The pattern given to a column the user turns into DATETIME when the preview did not infer one. */
    static final String DEFAULT_DATE_PATTERN = "yyyy-MM-dd";

    private final ColumnInference inference;
    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<ColumnType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnRole> role = new SimpleObjectProperty<>();
    private final StringProperty dateTimeFormat = new SimpleStringProperty();
    private final BooleanProperty normaliseLabel = new SimpleBooleanProperty();

    /**
     * @param inference what the preview concluded and why
     * @param spec the settings to start from (the inferred ones, or the user's earlier choices)
     */
    public ColumnSettingRow(ColumnInference inference, ColumnSpec spec) {
        this.inference = inference;
        name.set(spec.name());
        type.set(spec.type());
        role.set(spec.role());
        dateTimeFormat.set(spec.dateTimeFormat() != null ? spec.dateTimeFormat()
                : inference.suggested().dateTimeFormat() != null ? inference.suggested().dateTimeFormat()
                : DEFAULT_DATE_PATTERN);
        normaliseLabel.set(spec.normaliseLabel());
    }

    /** @return the column's name in the source */
    public String sourceName() {
        return inference.sourceName();
    }

    /** @return the type the preview inferred */
    public ColumnType inferredType() {
        return inference.suggested().type();
    }

    /** @return why the preview chose the type (and role), in one line */
    public String evidence() {
        return String.join("; ", inference.evidence());
    }

    /** @return how many values were sampled, how many were missing and distinct */
    public ColumnInference inference() {
        return inference;
    }

    /** @return the settings as the engine takes them */
    public ColumnSpec toSpec() {
        ColumnType chosen = type.get();
        return new ColumnSpec(name.get() == null ? "" : name.get().strip(), chosen, role.get(),
                chosen == ColumnType.DATETIME ? dateTimeFormat.get() : null, normaliseLabel.get());
    }

    /** @return the name the column gets in the dataset */
    public StringProperty nameProperty() {
        return name;
    }

    /** @return the type its values are parsed as */
    public ObjectProperty<ColumnType> typeProperty() {
        return type;
    }

    /** @return what the column is for */
    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    /** @return the date/time pattern used when the type is DATETIME */
    public StringProperty dateTimeFormatProperty() {
        return dateTimeFormat;
    }

    /** @return whether labels are trimmed and stripped of one trailing '.' */
    public BooleanProperty normaliseLabelProperty() {
        return normaliseLabel;
    }
}
