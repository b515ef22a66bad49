package io.mlworkbench.engine.features.step;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.features.step.categorical.OneHotStep;
import io.mlworkbench.engine.features.step.categorical.OrdinalStep;
import io.mlworkbench.engine.features.step.categorical.TargetEncodeStep;
import io.mlworkbench.engine.features.step.column.DatePartsStep;
import io.mlworkbench.engine.features.step.column.DeriveStep;
import io.mlworkbench.engine.features.step.column.DropStep;
import io.mlworkbench.engine.features.step.column.RenameStep;
import io.mlworkbench.engine.features.step.column.TextStatsStep;
import io.mlworkbench.engine.features.step.numeric.BinStep;
import io.mlworkbench.engine.features.step.numeric.ClipStep;
import io.mlworkbench.engine.features.step.numeric.ImputeStep;
import io.mlworkbench.engine.features.step.numeric.LogStep;
import io.mlworkbench.engine.features.step.numeric.PowerStep;
import io.mlworkbench.engine.features.step.numeric.ScaleStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The step types a pipeline may use, by kind: what the GUI offers in its "add step" menu. */
public final class StepCatalog {

    private final Map<String, StepType> types = new LinkedHashMap<>();

    /** @param types the step types; kinds must be unique */
    public StepCatalog(List<StepType> types) {
        for (StepType t : types) {
            if (this.types.put(t.kind(), t) != null) {
                throw new IllegalArgumentException("two step types of kind " + t.kind());
            }
        }
    }

    /** @return a catalogue of every built-in step type */
    public static StepCatalog standard() {
        return new StepCatalog(List.of(new ImputeStep(), new ScaleStep(), new OneHotStep(), new OrdinalStep(),
                new TargetEncodeStep(), new BinStep(), new LogStep(), new PowerStep(), new ClipStep(),
                new DatePartsStep(), new DeriveStep(), new TextStatsStep(), new DropStep(), new RenameStep()));
    }

    /** @return every step type, in menu order */
    public List<StepType> all() {
        return List.copyOf(types.values());
    }

    /**
     * @param kind a step kind, e.g. {@code impute}
     * @return its type
     * @throws WorkbenchException when no step type has that kind
     */
    public StepType find(String kind) {
        StepType t = types.get(kind);
        if (t == null) {
            throw new WorkbenchException("unknown step kind '" + kind + "'; the kinds are " + types.keySet());
        }
        return t;
    }
}
