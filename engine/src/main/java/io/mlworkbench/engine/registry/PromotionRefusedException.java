package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.WorkbenchException;
import java.util.stream.Collectors;

/** The promotion gate refused to move {@code champion}; nothing was changed. */
public final class PromotionRefusedException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** The refused move with the gate's checks. */
    private final transient AliasMove move;

    /** @param move the refused move, with the gate's decision */
    public PromotionRefusedException(AliasMove move) {
        super("Cannot move '" + move.alias() + "' of model '" + move.modelName() + "' to version " + move.toVersion()
                + ": " + move.decision().failures().stream().map(c -> c.name() + " - " + c.reason())
                .collect(Collectors.joining("; "))
                + ". Nothing was changed.");
        this.move = move;
    }

    /** @return the refused move and every check, passed or failed */
    public AliasMove move() {
        return move;
    }
}
