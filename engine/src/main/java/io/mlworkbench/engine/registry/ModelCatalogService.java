package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.access.AccessControl;
import io.mlworkbench.engine.access.Permission;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reading the registry: search, a version, its aliases, its lineage and stage, a model's history. Every method needs the viewer
 * role and reads inside one transaction, so what it returns is consistent.
 */
public final class ModelCatalogService {

    private final RegistryDatabase database;
    private final AccessControl access;
    private final RegistryRepositories repositories;
    private final ModelQueryRepository queries;
    private final PromotionPolicyRepository policies;
    private final ModelResolver resolver;
    private final AuditLogRepository audit;

    /**
     * @param database the registry
     * @param access the permission check
     * @param repositories the registry's SQL
     * @param queries the search SQL
     * @param policies the promotion policy (its metric is the one lists show)
     * @param resolver turns model URIs into versions
     * @param audit the audit log, for a model's history
     */
    public ModelCatalogService(RegistryDatabase database, AccessControl access, RegistryRepositories repositories,
                               ModelQueryRepository queries, PromotionPolicyRepository policies,
                               ModelResolver resolver, AuditLogRepository audit) {
        this.database = database;
        this.access = access;
        this.repositories = repositories;
        this.queries = queries;
        this.policies = policies;
        this.resolver = resolver;
        this.audit = audit;
    }

    /**
     * @param actor who asks
     * @param query what to list
     * @return matching models and versions, with the promotion metric as test metric
     */
    public ModelSearchResult search(Actor actor, ModelQuery query) {
        return read(actor, () -> queries.search(query, policies.find().metricPreference()));
    }

    /**
     * @param actor who asks
     * @param uri a version, by number, alias or latest
     * @return that version with its tags
     */
    public ModelVersion version(Actor actor, ModelUri uri) {
        return read(actor, () -> resolver.resolve(uri));
    }

    /**
     * @param actor who asks
     * @param modelName a model
     * @return its versions, newest first (without tags)
     */
    public List<ModelVersion> versions(Actor actor, String modelName) {
        return read(actor, () -> repositories.versions().findByModel(resolver.model(modelName).name()));
    }

    /**
     * @param actor who asks
     * @param modelName a model
     * @return its aliases, by name
     */
    public List<ModelAlias> aliases(Actor actor, String modelName) {
        return read(actor, () -> repositories.aliases().findByModel(resolver.model(modelName).name()));
    }

    /**
     * @param actor who asks
     * @param uri a version
     * @return where it came from: run, dataset version and hash, pipeline, algorithm, hyperparameters, seed,
     *         metrics, Tribuo provenance, who and when
     */
    public ModelLineage lineage(Actor actor, ModelUri uri) {
        return read(actor, () -> repositories.lineage().find(resolver.resolve(uri)));
    }

    /**
     * @param actor who asks
     * @param uri a version
     * @return its stage as derived from its aliases and status (see {@link Stage})
     */
    public Stage stage(Actor actor, ModelUri uri) {
        return read(actor, () -> stageOf(resolver.resolve(uri)));
    }

    /**
     * The audit trail of one model: its creation and deletion, and every change to its versions and aliases.
     * Works for a deleted model too.
     *
     * @param actor who asks
     * @param modelName a model name
     * @param limit at most this many entries
     * @return the entries, newest first
     */
    public List<AuditEntry> history(Actor actor, String modelName, int limit) {
        String model = ModelUri.SCHEME + ModelUri.checkModelName(modelName);
        AuditFilter newest = AuditFilter.newest().limitedTo(limit);
        return read(actor, () -> Stream.of(newest.byObject("registered_model", model),
                        newest.byObjectRefPrefix(model + "/"), newest.byObjectRefPrefix(model + "@"))
                .flatMap(filter -> audit.find(filter).stream())
                .sorted(Comparator.comparingLong(AuditEntry::id).reversed())
                .limit(limit)
                .toList());
    }

    private Stage stageOf(ModelVersion version) {
        if (version.isArchived()) {
            return Stage.ARCHIVED;
        }
        List<AliasName> aliases = repositories.aliases().findByVersion(version.id()).stream()
                .map(ModelAlias::alias).toList();
        if (aliases.contains(AliasName.CHAMPION)) {
            return Stage.PRODUCTION;
        }
        return aliases.contains(AliasName.CHALLENGER) ? Stage.STAGING : Stage.NONE;
    }

    private <R> R read(Actor actor, Supplier<R> read) {
        return database.inTransaction(h -> {
            access.require(actor, Permission.VIEW);
            return read.get();
        });
    }
}
