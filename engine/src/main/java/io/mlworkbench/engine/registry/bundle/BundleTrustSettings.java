package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.access.AccessControl;
import io.mlworkbench.engine.access.Permission;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.store.WorkspaceMetaRepository;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workspace's bundle trust, kept in {@code workspace_meta}: whether imports must be signed
 * ({@value #REQUIRE_SIGNED}) and the trusted team keys ({@value #TRUSTED_KEY_PREFIX}{@code <fingerprint>}, PEM).
 * Changing it needs the admin's {@link Permission#EDIT_POLICY} and is audited.
 */
public final class BundleTrustSettings {

    /** The setting that makes imports require a signature by a trusted key. */
    public static final String REQUIRE_SIGNED = "bundle.require_signed";
    /** The prefix of trusted keys' settings. */
    public static final String TRUSTED_KEY_PREFIX = "bundle.trusted_key.";

    private final RegistryDatabase database;
    private final WorkspaceMetaRepository meta;
    private final AccessControl access;
    private final AuditLogRepository audit;

    /**
     * @param database the registry
     * @param access the permission check
     * @param audit the audit log
     */
    public BundleTrustSettings(RegistryDatabase database, AccessControl access, AuditLogRepository audit) {
        this.database = database;
        this.meta = new WorkspaceMetaRepository(database.jdbi());
        this.access = access;
        this.audit = audit;
    }

    /** @return the current trust */
    public BundleTrust trust() {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        meta.all().forEach((name, pem) -> {
            if (name.startsWith(TRUSTED_KEY_PREFIX)) {
                PublicKey key = BundleKeys.readPublic("workspace setting " + name, pem);
                keys.put(BundleKeys.fingerprint(key), key);
            }
        });
        return new BundleTrust(meta.find(REQUIRE_SIGNED).map(Boolean::parseBoolean).orElse(false), keys);
    }

    /**
     * @param actor an admin
     * @param required true to refuse bundles not signed by a trusted key
     */
    public void requireSigned(Actor actor, boolean required) {
        database.useTransaction(h -> {
            access.require(actor, Permission.EDIT_POLICY);
            meta.put(REQUIRE_SIGNED, Boolean.toString(required));
            audit.append(actor, "bundle.trust.require_signed", "workspace", REQUIRE_SIGNED,
                    "{\"required\":" + required + "}");
        });
    }

    /**
     * @param actor an admin
     * @param key a team's public key to trust
     * @return its fingerprint
     */
    public String trustKey(Actor actor, PublicKey key) {
        String fingerprint = BundleKeys.fingerprint(key);
        database.useTransaction(h -> {
            access.require(actor, Permission.EDIT_POLICY);
            meta.put(TRUSTED_KEY_PREFIX + fingerprint, BundleKeys.toPem(key));
            audit.append(actor, "bundle.trust.key", "workspace", TRUSTED_KEY_PREFIX + fingerprint, "{}");
        });
        return fingerprint;
    }
}
