package io.mlworkbench.engine.data.dataset;

import java.util.List;

/**
 * How a dataset version differs from the version before it. Rows are compared as multisets by a hash of their
 * values in the columns both versions share, so reordering rows changes nothing and a changed value counts as
 * one row removed and one added.
 *
 * @param previousVersionNo the version compared with
 * @param rowsAdded rows in this version that the previous one lacks
 * @param rowsRemoved rows of the previous version that this one lacks
 * @param rowsUnchanged rows found in both
 * @param schemaChanges columns added, removed, or with another type or role
 */
public record DatasetDiff(int previousVersionNo, long rowsAdded, long rowsRemoved, long rowsUnchanged,
                          List<SchemaChange> schemaChanges) {

    /** Copies the list. */
    public DatasetDiff {
        schemaChanges = List.copyOf(schemaChanges);
    }
}
