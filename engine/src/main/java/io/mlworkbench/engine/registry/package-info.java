/**
 * The model registry: named models, their immutable numbered versions with lineage, aliases, the promotion
 * gate and search. Bundle export/import will live here too.
 *
 * <ul>
 *   <li><b>Naming.</b> Every version is named by a {@link io.mlworkbench.engine.registry.ModelUri}:
 *       {@code models:/churn/3}, {@code models:/churn@champion}, {@code models:/churn/latest}; the
 *       {@link io.mlworkbench.engine.registry.ModelResolver} resolves it for every caller.</li>
 *   <li><b>Registering</b> ({@link io.mlworkbench.engine.registry.ModelRegistryService#register}) takes a
 *       finished training run that stored a model; numbers are 1, 2, 3... per model, assigned under a lock on
 *       the model row, backed by a unique key and a retry.</li>
 *   <li><b>Aliases</b> ({@link io.mlworkbench.engine.registry.AliasName}) move atomically with a reason
 *       ({@link io.mlworkbench.engine.registry.ModelAliasService}). {@code champion} is protected: approvers
 *       move it, through the {@link io.mlworkbench.engine.registry.PromotionGate}. Archived versions take no
 *       aliases; a version with an alias cannot be archived or deleted.</li>
 *   <li><b>Stages</b> are a preset over aliases ({@link io.mlworkbench.engine.registry.Stage}):
 *       Production = {@code champion}, Staging = {@code challenger}, Archived = archived status.</li>
 *   <li><b>Rights.</b> Every service method takes an {@link io.mlworkbench.engine.audit.Actor} and checks an
 *       {@link io.mlworkbench.engine.access.Permission}; every change is audited in its own transaction.</li>
 * </ul>
 *
 * <p>{@link io.mlworkbench.engine.registry.ModelRegistry#create} wires it all for a composition root.
 */
package io.mlworkbench.engine.registry;
