package io.mlworkbench.engine.registry;

import java.util.Locale;

/** Whether a model version is in use or retired. Archived versions keep their lineage but take no aliases. */
public enum VersionStatus {
    /** Registered and usable. */
    ACTIVE,
    /** Retired: still resolvable by number, never by alias, and listed apart. */
    ARCHIVED;

    /** @return the name stored in {@code model_version.status} */
    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param stored a stored status
     * @return the status
     */
    static VersionStatus fromStored(String stored) {
        // A switch, not valueOf(toUpperCase): the registry's list reads 10,000 of these per query.
        return switch (stored) {
            case "active" -> ACTIVE;
            case "archived" -> ARCHIVED;
            default -> valueOf(stored.toUpperCase(Locale.ROOT));
        };
    }
}
