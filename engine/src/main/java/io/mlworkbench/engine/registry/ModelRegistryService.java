package io.mlworkbench.engine.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.access.AccessControl;
import io.mlworkbench.engine.access.Permission;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Registering versions and changing what may change afterwards: tags, archived status, existence. Every
 * method checks the actor's {@link Permission}, runs in one transaction, locks the model row first and
 * appends to the audit log in that transaction.
 */
public final class ModelRegistryService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}");
    private static final int MAX_TAG_TEXT = 5000;

    private final RegistryDatabase database;
    private final AccessControl access;
    private final RegistryRepositories repositories;
    private final ModelResolver resolver;
    private final AuditLogRepository audit;
    private final Clock clock;

    /**
     * @param database the registry
     * @param access the permission check
     * @param repositories the registry's SQL
     * @param resolver turns model URIs into versions
     * @param audit the audit log
     * @param clock the clock
     */
    public ModelRegistryService(RegistryDatabase database, AccessControl access, RegistryRepositories repositories,
                                ModelResolver resolver, AuditLogRepository audit, Clock clock) {
        this.database = database;
        this.access = access;
        this.repositories = repositories;
        this.resolver = resolver;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers a finished training run's model as the next version of a named model, creating the model
     * when this is its first version. Two concurrent registrations get distinct, consecutive numbers.
     *
     * @param actor who registers (editor or higher)
     * @param modelName the model's name (see {@link ModelUri} for the syntax)
     * @param runId a finished training run that stored a model
     * @param description free text, may be empty
     * @param tags tags for the new version
     * @return the new version
     */
    public ModelVersion register(Actor actor, String modelName, long runId, String description,
                                 Map<String, String> tags) {
        ModelUri.checkModelName(modelName);
        Map<String, String> checkedTags = new TreeMap<>(tags);
        checkedTags.forEach(ModelRegistryService::checkTag);
        String text = description == null ? "" : description;
        return TransactionRetry.run("register run " + runId + " as a version of '" + modelName + "'",
                () -> database.inTransaction(h -> {
                    access.require(actor, Permission.REGISTER);
                    RunFacts run = checkRegistrable(runId);
                    VersionListing listing = new VersionListing(run.algorithm(), repositories.lineage()
                            .findTestMetric(runId, PromotionPolicy.AUTOMATIC_METRICS));
                    RegisteredModel model = repositories.models().lockByName(modelName)
                            .orElseGet(() -> createModel(actor, modelName));
                    int number = repositories.versions().nextVersionNo(model.id());
                    ModelVersion version = repositories.versions().insert(model, number, runId, listing, text,
                            checkedTags, actor.login(), clock.instant());
                    ObjectNode details = JSON.createObjectNode().put("run", runId).put("description", text);
                    details.set("tags", JSON.valueToTree(checkedTags));
                    audit.append(actor, "model.version.register", "model_version", version.uri().toString(),
                            details.toString());
                    return version;
                }));
    }

    private RunFacts checkRegistrable(long runId) {
        RunFacts run = repositories.lineage().findRunFacts(runId).orElseThrow(() -> new WorkbenchException(
                "No training run with id " + runId + " in this workspace: register the id of a finished run"));
        if (!"finished".equals(run.status())) {
            throw new WorkbenchException("Training run " + runId + " is " + run.status()
                    + ": only a finished run's model can be registered");
        }
        if (!run.hasModel()) {
            throw new WorkbenchException("Training run " + runId + " finished without a stored model:"
                    + " there is nothing to register");
        }
        return run;
    }

    private RegisteredModel createModel(Actor actor, String name) {
        RegisteredModel model = repositories.models().insert(name, "", actor.login(), clock.instant());
        audit.append(actor, "model.create", "registered_model", ModelUri.SCHEME + name, "{}");
        return model;
    }

    /**
     * Sets a tag on a version, replacing its text when the tag exists.
     *
     * @param actor who tags (editor or higher)
     * @param uri the version
     * @param name the tag name: 1-200 letters, digits, {@code . _ : / -}
     * @param text the tag text, at most 5000 characters
     * @return the version with its tags
     */
    public ModelVersion setTag(Actor actor, ModelUri uri, String name, String text) {
        checkTag(name, text);
        return changeVersion(actor, Permission.REGISTER, uri, version -> {
            repositories.versions().putTag(version.id(), name, text);
            return JSON.createObjectNode().put("tag", name).put("text", text);
        }, "model.version.tag.set");
    }

    /**
     * Removes a tag from a version; removing a tag it does not have changes nothing.
     *
     * @param actor who untags (editor or higher)
     * @param uri the version
     * @param name the tag name
     * @return the version with its remaining tags
     */
    public ModelVersion removeTag(Actor actor, ModelUri uri, String name) {
        return changeVersion(actor, Permission.REGISTER, uri, version -> repositories.versions()
                .removeTag(version.id(), name) ? JSON.createObjectNode().put("tag", name) : null,
                "model.version.tag.remove");
    }

    /**
     * Archives a version: it keeps its lineage and number but can no longer hold an alias. Refused while an
     * alias points at it; archiving an archived version changes nothing.
     *
     * @param actor who archives (approver or higher)
     * @param uri the version
     * @param reason why, recorded in the audit log
     * @return the version as stored
     */
    public ModelVersion archive(Actor actor, ModelUri uri, String reason) {
        return changeVersion(actor, Permission.ARCHIVE, uri, version -> {
            if (version.isArchived()) {
                return null;
            }
            refuseWhileAliased(version, "archived");
            repositories.versions().updateStatus(version.id(), VersionStatus.ARCHIVED);
            return JSON.createObjectNode().put("reason", reason == null ? "" : reason);
        }, "model.version.archive");
    }

    /**
     * Makes an archived version active again; restoring an active version changes nothing.
     *
     * @param actor who restores (approver or higher)
     * @param uri the version
     * @param reason why, recorded in the audit log
     * @return the version as stored
     */
    public ModelVersion restore(Actor actor, ModelUri uri, String reason) {
        return changeVersion(actor, Permission.ARCHIVE, uri, version -> {
            if (!version.isArchived()) {
                return null;
            }
            repositories.versions().updateStatus(version.id(), VersionStatus.ACTIVE);
            return JSON.createObjectNode().put("reason", reason == null ? "" : reason);
        }, "model.version.restore");
    }

    /**
     * Deletes a version for good, with its tags. Refused while an alias points at it or while logged
     * predictions or drift reports refer to it (archive it instead). Its number is never reused while a
     * higher version exists.
     *
     * @param actor who deletes (admin)
     * @param uri the version
     * @param reason why, recorded in the audit log
     */
    public void deleteVersion(Actor actor, ModelUri uri, String reason) {
        changeVersion(actor, Permission.DELETE, uri, version -> {
            refuseWhileAliased(version, "deleted");
            long records = repositories.versions().countServingRecords(version.id());
            if (records > 0) {
                throw new WorkbenchException("Version " + version.uri() + " cannot be deleted: " + records
                        + " logged predictions or drift reports refer to it. Archive it instead.");
            }
            repositories.versions().delete(version.id());
            ObjectNode details = JSON.createObjectNode().put("reason", reason == null ? "" : reason);
            version.runId().ifPresent(run -> details.put("run", run));
            return details;
        }, "model.version.delete");
    }

    /**
     * Deletes a model that has no versions left.
     *
     * @param actor who deletes (admin)
     * @param modelName the model
     * @param reason why, recorded in the audit log
     */
    public void deleteModel(Actor actor, String modelName, String reason) {
        database.useTransaction(h -> {
            access.require(actor, Permission.DELETE);
            RegisteredModel model = resolver.modelForUpdate(modelName);
            List<ModelVersion> remaining = repositories.versions().findByModel(model.name());
            if (!remaining.isEmpty()) {
                throw new WorkbenchException("Model '" + model.name() + "' cannot be deleted: it still has versions "
                        + remaining.stream().map(v -> String.valueOf(v.version())).collect(Collectors.joining(", "))
                        + ". Delete or archive them first.");
            }
            repositories.models().delete(model.id());
            audit.append(actor, "model.delete", "registered_model", ModelUri.SCHEME + model.name(),
                    JSON.createObjectNode().put("reason", reason == null ? "" : reason).toString());
        });
    }

    /** One change to a version: returns the audit details, or null when nothing changed. */
    @FunctionalInterface
    private interface VersionChange {
        ObjectNode apply(ModelVersion version);
    }

    private ModelVersion changeVersion(Actor actor, Permission permission, ModelUri uri, VersionChange change,
                                       String action) {
        return database.inTransaction(h -> {
            access.require(actor, permission);
            resolver.modelForUpdate(uri.modelName());
            ModelVersion version = resolver.resolve(uri);
            ObjectNode details = change.apply(version);
            if (details != null) {
                audit.append(actor, action, "model_version", version.uri().toString(), details.toString());
            }
            return repositories.versions().findById(version.id()).orElse(version);
        });
    }

    private void refuseWhileAliased(ModelVersion version, String verb) {
        List<ModelAlias> pointing = repositories.aliases().findByVersion(version.id());
        if (!pointing.isEmpty()) {
            throw new WorkbenchException("Version " + version.uri() + " cannot be " + verb + " while alias "
                    + pointing.stream().map(a -> "'" + a.alias() + "'").collect(Collectors.joining(", "))
                    + " points at it. Move or remove the alias first.");
        }
    }

    private static void checkTag(String name, String text) {
        if (name == null || !TAG_NAME.matcher(name).matches()) {
            throw new WorkbenchException("Invalid tag name '" + name + "': expected 1-200 letters, digits, '.', '_',"
                    + " ':', '/' or '-', starting with a letter or digit");
        }
        if (text == null || text.length() > MAX_TAG_TEXT) {
            throw new WorkbenchException("Invalid text for tag '" + name + "': expected at most " + MAX_TAG_TEXT
                    + " characters, got " + (text == null ? "none" : text.length()));
        }
    }
}
