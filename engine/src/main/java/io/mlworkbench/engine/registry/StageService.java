package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.util.List;

/**
 * Moves versions between MLflow-style stages by moving the aliases they stand for (see {@link Stage}); each
 * step is checked, gated and audited by the service that makes it, and all steps share one transaction.
 *
 * <p>Stages are exclusive: entering Production removes {@code challenger} from the version, entering Staging
 * removes {@code champion}, None removes both, Archived removes both and archives. Entering any stage but
 * Archived restores an archived version first.
 */
public final class StageService {

    private final RegistryDatabase database;
    private final ModelAliasService aliases;
    private final ModelRegistryService registry;
    private final ModelCatalogService catalog;

    /**
     * @param database the registry
     * @param aliases moves aliases
     * @param registry archives and restores
     * @param catalog reads the version and its resulting stage
     */
    public StageService(RegistryDatabase database, ModelAliasService aliases,
                        ModelRegistryService registry, ModelCatalogService catalog) {
        this.database = database;
        this.aliases = aliases;
        this.registry = registry;
        this.catalog = catalog;
    }

    /**
     * @param actor who moves it (the rights of each alias move, archive or restore apply)
     * @param target the version
     * @param stage the stage to enter
     * @param reason why, required: recorded with every step
     * @return the version's stage afterwards
     */
    public Stage moveToStage(Actor actor, ModelUri target, Stage stage, String reason) {
        return database.inTransaction(h -> {
            ModelVersion version = catalog.version(actor, target);
            ModelUri exact = version.uri();
            if (version.isArchived() && stage != Stage.ARCHIVED) {
                registry.restore(actor, exact, reason);
            }
            stage.alias().ifPresent(alias -> aliases.move(actor, exact, alias, reason));
            List<ModelAlias> pointing = catalog.aliases(actor, version.modelName()).stream()
                    .filter(a -> a.versionId() == version.id()).toList();
            for (AliasName other : List.of(AliasName.CHAMPION, AliasName.CHALLENGER)) {
                boolean keep = stage.alias().map(other::equals).orElse(false);
                if (!keep && pointing.stream().anyMatch(a -> a.alias().equals(other))) {
                    aliases.remove(actor, version.modelName(), other, reason);
                }
            }
            if (stage == Stage.ARCHIVED) {
                registry.archive(actor, exact, reason);
            }
            return catalog.stage(actor, exact);
        });
    }
}
