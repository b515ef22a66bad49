package io.mlworkbench.engine.store;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** Facts about the workspace itself: its id, when and by which build it was created. */
public final class WorkspaceMetaRepository {

    /** The workspace's random id. */
    public static final String WORKSPACE_ID = "workspace_id";
    /** When the workspace was created (ISO-8601 instant). */
    public static final String CREATED_AT = "created_at";
    /** The product version that created it. */
    public static final String CREATED_BY_VERSION = "created_by_version";
    /** The product version that last opened it. */
    public static final String LAST_OPENED_BY_VERSION = "last_opened_by_version";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public WorkspaceMetaRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param name the fact's name
     * @return its text, if recorded
     */
    public Optional<String> find(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT meta_text FROM workspace_meta WHERE meta_name = :n")
                .bind("n", name).mapTo(String.class).findOne());
    }

    /**
     * Records a fact unless it is already recorded.
     *
     * @param name the fact's name
     * @param text its text
     * @return true when it was recorded now
     */
    public boolean putIfAbsent(String name, String text) {
        return jdbi.inTransaction(h -> {
            boolean present = h.createQuery("SELECT COUNT(*) FROM workspace_meta WHERE meta_name = :n")
                    .bind("n", name).mapTo(Integer.class).one() > 0;
            if (present) {
                return false;
            }
            h.createUpdate("INSERT INTO workspace_meta (meta_name, meta_text) VALUES (:n, :t)")
                    .bind("n", name).bind("t", text).execute();
            return true;
        });
    }

    /**
     * Records or replaces a fact.
     *
     * @param name the fact's name
     * @param text its text
     */
    public void put(String name, String text) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE workspace_meta SET meta_text = :t WHERE meta_name = :n")
                    .bind("n", name).bind("t", text).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO workspace_meta (meta_name, meta_text) VALUES (:n, :t)")
                        .bind("n", name).bind("t", text).execute();
            }
        });
    }

    /** @return every recorded fact, by name */
    public Map<String, String> all() {
        return jdbi.withHandle(h -> {
            Map<String, String> facts = new TreeMap<>();
            h.createQuery("SELECT meta_name, meta_text FROM workspace_meta")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> facts.put(e.getKey(), e.getValue()));
            return facts;
        });
    }
}
