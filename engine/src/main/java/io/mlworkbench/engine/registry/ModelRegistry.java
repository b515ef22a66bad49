package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.access.AccessControl;
import io.mlworkbench.engine.access.MemberRepository;
import io.mlworkbench.engine.access.MemberService;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.store.WorkspaceMetaRepository;
import java.time.Clock;

/**
 * The registry's services wired together over one database, for the composition roots (the app, the
 * command line, the server's {@code main}) and for tests. It holds no state of its own.
 *
 * @param catalog search and reads
 * @param registry registration, tags, archive, delete
 * @param aliases alias moves and the promotion policy
 * @param stages MLflow-style stage moves over aliases
 * @param resolver model URI resolution, for callers that already checked access (the server)
 * @param members roles
 * @param access permission checks, e.g. to enable buttons
 */
public record ModelRegistry(ModelCatalogService catalog, ModelRegistryService registry, ModelAliasService aliases,
                            StageService stages, ModelResolver resolver, MemberService members,
                            AccessControl access) {

    /**
     * Wires the services with the default validation check ({@link StoredValidationCheck}).
     *
     * @param database the registry
     * @param clock the clock
     * @return the wired services
     */
    public static ModelRegistry create(RegistryDatabase database, Clock clock) {
        return create(database, clock, new StoredValidationCheck(database.jdbi()));
    }

    /**
     * Wires the services with a given validation check (e.g. the validation stage's service).
     *
     * @param database the registry
     * @param clock the clock
     * @param validation answers whether a dataset version passed validation, for the promotion gate
     * @return the wired services
     */
    public static ModelRegistry create(RegistryDatabase database, Clock clock, ValidationCheck validation) {
        AuditLogRepository audit = new AuditLogRepository(database.jdbi(), clock);
        MemberRepository memberRepository = new MemberRepository(database.jdbi());
        AccessControl access = new AccessControl(database, memberRepository, audit, clock);
        RegistryRepositories repositories = RegistryRepositories.over(database.jdbi());
        ModelResolver resolver = new ModelResolver(repositories.models(), repositories.versions(),
                repositories.aliases());
        PromotionPolicyRepository policies = new PromotionPolicyRepository(
                new WorkspaceMetaRepository(database.jdbi()));
        ModelCatalogService catalog = new ModelCatalogService(database, access, repositories,
                new ModelQueryRepository(database.jdbi()), policies, resolver, audit);
        ModelRegistryService registry = new ModelRegistryService(database, access, repositories, resolver, audit,
                clock);
        ModelAliasService aliases = new ModelAliasService(database, access, repositories, resolver,
                new PromotionGate(validation, repositories.lineage()), policies, audit, clock);
        return new ModelRegistry(catalog, registry, aliases,
                new StageService(database, aliases, registry, catalog), resolver,
                new MemberService(database, memberRepository, access, audit, clock), access);
    }
}
