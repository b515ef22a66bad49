package io.mlworkbench.engine.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.access.AccessControl;
import io.mlworkbench.engine.access.Permission;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Moving and removing aliases, and the promotion policy that guards {@code champion}.
 *
 * <p>A move is one transaction: lock the model row, read where the alias points, ask the
 * {@link PromotionGate} (protected alias only), write the new target with the reason, append the audit line
 * with the old and new version, the reason and the gate's checks. Any failure leaves the alias where it was.
 */
public final class ModelAliasService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryDatabase database;
    private final AccessControl access;
    private final RegistryRepositories repositories;
    private final ModelResolver resolver;
    private final PromotionGate gate;
    private final PromotionPolicyRepository policies;
    private final AuditLogRepository audit;
    private final Clock clock;

    /**
     * @param database the registry
     * @param access the permission check
     * @param repositories the registry's SQL
     * @param resolver turns model URIs into versions
     * @param gate the promotion gate
     * @param policies the stored promotion policy
     * @param audit the audit log
     * @param clock the clock
     */
    public ModelAliasService(RegistryDatabase database, AccessControl access, RegistryRepositories repositories,
                             ModelResolver resolver, PromotionGate gate, PromotionPolicyRepository policies,
                             AuditLogRepository audit, Clock clock) {
        this.database = database;
        this.access = access;
        this.repositories = repositories;
        this.resolver = resolver;
        this.gate = gate;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Says what moving an alias would change, and the gate's decision, without changing anything.
     *
     * @param actor who asks (viewer or higher)
     * @param target the version the alias would point at (a number, another alias, or latest)
     * @param alias the alias
     * @return the move that {@link #move} would make
     */
    public AliasMove preview(Actor actor, ModelUri target, AliasName alias) {
        return database.inTransaction(h -> {
            access.require(actor, Permission.VIEW);
            return plan(resolver.model(target.modelName()), target, alias).move();
        });
    }

    /**
     * Points an alias at a version. Moving {@code champion} needs the approver role and must pass the
     * promotion gate; other aliases need the editor role. Moving an alias to where it already points changes
     * nothing and writes no audit line.
     *
     * @param actor who moves it
     * @param target the version to point at (a number, another alias, or latest)
     * @param alias the alias
     * @param reason why, required: stored on the alias and in the audit log
     * @return the move made
     * @throws PromotionRefusedException when the gate refuses, listing every failed check
     */
    public AliasMove move(Actor actor, ModelUri target, AliasName alias, String reason) {
        String why = requireReason(reason, "move", alias, target.modelName());
        return database.inTransaction(h -> {
            access.require(actor, permissionFor(alias));
            RegisteredModel model = resolver.modelForUpdate(target.modelName());
            Plan plan = plan(model, target, alias);
            AliasMove move = plan.move();
            if (!move.changes()) {
                return move;
            }
            if (!move.decision().isAllowed()) {
                throw new PromotionRefusedException(move);
            }
            repositories.aliases().put(model.id(), alias, plan.target().id(), actor.login(), clock.instant(), why);
            ObjectNode details = JSON.createObjectNode();
            move.fromVersion().ifPresentOrElse(v -> details.put("from", v), () -> details.putNull("from"));
            details.put("to", move.toVersion()).put("reason", why);
            ArrayNode checks = details.putArray("checks");
            move.decision().checks().forEach(c -> checks.addObject().put("check", c.name())
                    .put("passed", c.passed()).put("reason", c.reason()));
            audit.append(actor, "model.alias.move", "model_alias", ModelUri.ofAlias(model.name(), alias).toString(),
                    details.toString());
            return move;
        });
    }

    /**
     * Removes an alias, so nothing is served under its URI until it is moved again.
     *
     * @param actor who removes it (approver for {@code champion}, editor otherwise)
     * @param modelName the model
     * @param alias the alias
     * @param reason why, required: recorded in the audit log
     * @return where the alias pointed
     */
    public ModelAlias remove(Actor actor, String modelName, AliasName alias, String reason) {
        String why = requireReason(reason, "remove", alias, modelName);
        return database.inTransaction(h -> {
            access.require(actor, permissionFor(alias));
            RegisteredModel model = resolver.modelForUpdate(modelName);
            ModelAlias existing = repositories.aliases().find(model.id(), alias).orElseThrow(() ->
                    new ModelNotFoundException("Model '" + model.name() + "' has no alias '" + alias + "' to remove"));
            repositories.aliases().delete(model.id(), alias);
            audit.append(actor, "model.alias.remove", "model_alias", existing.uri().toString(),
                    JSON.createObjectNode().put("from", existing.version()).put("reason", why).toString());
            return existing;
        });
    }

    /**
     * @param actor who asks (viewer or higher)
     * @return the workspace's promotion policy
     */
    public PromotionPolicy policy(Actor actor) {
        return database.inTransaction(h -> {
            access.require(actor, Permission.VIEW);
            return policies.find();
        });
    }

    /**
     * @param actor who changes it (admin)
     * @param policy the new policy
     */
    public void updatePolicy(Actor actor, PromotionPolicy policy) {
        database.useTransaction(h -> {
            access.require(actor, Permission.EDIT_POLICY);
            String before = PromotionPolicyRepository.toJson(policies.find());
            policies.save(policy);
            audit.append(actor, "model.policy.update", "promotion_policy", PromotionPolicyRepository.META_NAME,
                    "{\"from\":" + before + ",\"to\":" + PromotionPolicyRepository.toJson(policy) + "}");
        });
    }

    private record Plan(ModelVersion target, AliasMove move) {
    }

    private Plan plan(RegisteredModel model, ModelUri targetUri, AliasName alias) {
        ModelVersion target = resolver.resolve(targetUri);
        if (target.isArchived()) {
            throw new WorkbenchException("Version " + target.uri() + " is archived, and archived versions take no"
                    + " aliases: restore it before pointing '" + alias + "' at it");
        }
        Optional<ModelAlias> current = repositories.aliases().find(model.id(), alias);
        OptionalInt from = current.map(c -> OptionalInt.of(c.version())).orElse(OptionalInt.empty());
        if (current.isPresent() && current.get().versionId() == target.id()) {
            return new Plan(target, new AliasMove(model.name(), alias, from, target.version(),
                    PromotionDecision.notGated(), false));
        }
        PromotionDecision decision = alias.isProtected()
                ? gate.evaluate(target, current.flatMap(c -> repositories.versions().findById(c.versionId())),
                        policies.find())
                : PromotionDecision.notGated();
        return new Plan(target, new AliasMove(model.name(), alias, from, target.version(), decision, true));
    }

    private static Permission permissionFor(AliasName alias) {
        return alias.isProtected() ? Permission.MOVE_PROTECTED_ALIAS : Permission.MOVE_ALIAS;
    }

    private static String requireReason(String reason, String verb, AliasName alias, String modelName) {
        if (reason == null || reason.isBlank()) {
            throw new WorkbenchException("A reason is needed to " + verb + " alias '" + alias + "' of model '"
                    + modelName + "': it is recorded with the alias and in the audit log");
        }
        return reason.strip();
    }
}
