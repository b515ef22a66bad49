package io.mlworkbench.engine.registry;

import org.jdbi.v3.core.Jdbi;

/**
 * The registry's repositories, passed together to the services that need several of them.
 *
 * @param models registered models
 * @param versions model versions and tags
 * @param aliases aliases
 * @param lineage the training side: runs, metrics, datasets, pipelines
 */
public record RegistryRepositories(RegisteredModelRepository models, ModelVersionRepository versions,
                                   ModelAliasRepository aliases, LineageRepository lineage) {

    /**
     * @param jdbi the registry's Jdbi
     * @return all four repositories over it
     */
    public static RegistryRepositories over(Jdbi jdbi) {
        return new RegistryRepositories(new RegisteredModelRepository(jdbi), new ModelVersionRepository(jdbi),
                new ModelAliasRepository(jdbi), new LineageRepository(jdbi));
    }
}
