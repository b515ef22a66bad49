/**
 * The MLOps Workbench engine: lifecycle logic and the registry, with no JavaFX and no Javalin.
 *
 * <p>Sub-packages follow the lifecycle: {@code workspace} and {@code store} (the registry database),
 * {@code project}, {@code audit}, and the stages that later build on them.
 */
package io.mlworkbench.engine;
