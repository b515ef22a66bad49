package io.mlworkbench.engine.registry;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Turns a {@link ModelUri} into the version it names: by number, by alias, or the newest active version for
 * {@code latest}. Used wherever a model is named (registry services, the command line, the GUI, the server),
 * so every caller accepts the same URIs and gets the same errors. It checks no permission: the service that
 * calls it does.
 */
public final class ModelResolver {

    private final RegisteredModelRepository models;
    private final ModelVersionRepository versions;
    private final ModelAliasRepository aliases;

    /**
     * @param models model SQL
     * @param versions version SQL
     * @param aliases alias SQL
     */
    public ModelResolver(RegisteredModelRepository models, ModelVersionRepository versions,
                         ModelAliasRepository aliases) {
        this.models = models;
        this.versions = versions;
        this.aliases = aliases;
    }

    /**
     * @param uriText a model URI, e.g. {@code models:/churn@champion}
     * @return the version it names
     * @throws InvalidModelUriException when the text is not a model URI
     * @throws ModelNotFoundException when it names nothing in this workspace
     */
    public ModelVersion resolve(String uriText) {
        return resolve(ModelUri.parse(uriText));
    }

    /**
     * @param uri a model URI
     * @return the version it names, with its tags
     * @throws ModelNotFoundException when it names nothing in this workspace, saying what exists instead
     */
    public ModelVersion resolve(ModelUri uri) {
        RegisteredModel model = model(uri.modelName());
        if (uri.version().isPresent()) {
            int wanted = uri.version().getAsInt();
            return versions.find(model.name(), wanted).orElseThrow(() -> {
                OptionalInt highest = versions.highestVersionNo(model.id());
                String exists = highest.isPresent() ? "its highest version is " + highest.getAsInt()
                        : "it has no versions";
                return new ModelNotFoundException("Model '" + model.name() + "' has no version " + wanted
                        + " (" + exists + "): " + uri);
            });
        }
        if (uri.alias().isPresent()) {
            AliasName alias = uri.alias().get();
            ModelAlias pointer = aliases.find(model.id(), alias).orElseThrow(() -> {
                List<ModelAlias> existing = aliases.findByModel(model.name());
                String exists = existing.isEmpty() ? "it has no aliases" : "its aliases are "
                        + existing.stream().map(a -> a.alias().value()).collect(Collectors.joining(", "));
                return new ModelNotFoundException("Model '" + model.name() + "' has no alias '" + alias + "' ("
                        + exists + "): " + uri);
            });
            return versions.findById(pointer.versionId()).orElseThrow();
        }
        return versions.findLatestActive(model.name()).orElseThrow(() -> new ModelNotFoundException(
                "Model '" + model.name() + "' has no active version for " + uri + " (all are archived or deleted)"));
    }

    /**
     * @param name a model name
     * @return the registered model
     * @throws ModelNotFoundException when no model has that name
     */
    public RegisteredModel model(String name) {
        ModelUri.checkModelName(name);
        return models.findByName(name).orElseThrow(() -> new ModelNotFoundException(
                "No registered model named '" + name + "' in this workspace"));
    }

    /**
     * Reads a model and locks its row until the transaction ends; every change to a model's versions or
     * aliases starts here, so such changes to one model happen one after the other.
     *
     * @param name a model name
     * @return the registered model
     * @throws ModelNotFoundException when no model has that name
     */
    public RegisteredModel modelForUpdate(String name) {
        ModelUri.checkModelName(name);
        return models.lockByName(name).orElseThrow(() -> new ModelNotFoundException(
                "No registered model named '" + name + "' in this workspace"));
    }
}
