/**
 * The Registry step: models and versions, lineage, alias moves, bundle export and import, audit and members.
 * {@link io.mlworkbench.app.registry.RegistryServices} wires the engine services it and {@code workbench models} use.
 */
package io.mlworkbench.app.registry;
