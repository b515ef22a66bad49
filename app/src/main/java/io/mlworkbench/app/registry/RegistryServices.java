package io.mlworkbench.app.registry;

import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.registry.ModelRegistry;
import io.mlworkbench.engine.registry.bundle.BundleExporter;
import io.mlworkbench.engine.registry.bundle.BundleImporter;
import io.mlworkbench.engine.registry.bundle.BundleLimits;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import java.time.Clock;

/**
 * The engine services the Registry step and {@code workbench models} use, wired over one workspace database.
 *
 * @param registry versions, aliases, catalog, members
 * @param exporter writes {@code .mlwb} bundles
 * @param importer previews and imports bundles
 * @param training loads runs' models and evaluations
 * @param audit the audit log
 */
public record RegistryServices(ModelRegistry registry, BundleExporter exporter, BundleImporter importer,
                               TrainingService training, AuditLogRepository audit) {

    /**
     * @param database the workspace's registry
     * @param clock the clock
     * @return the wired services
     */
    public static RegistryServices over(RegistryDatabase database, Clock clock) {
        ModelRegistry registry = ModelRegistry.create(database, clock);
        AuditLogRepository audit = new AuditLogRepository(database.jdbi(), clock);
        return new RegistryServices(registry, new BundleExporter(database, registry.catalog(), clock),
                new BundleImporter(database, registry.registry(), registry.access(), BundleLimits.defaults(), clock),
                new TrainingService(database, AlgorithmCatalog.standard(), audit, clock,
                        Math.max(1, Runtime.getRuntime().availableProcessors())), audit);
    }
}
