/**
 * The registry database: connection, Flyway migrations and the content-addressed blob store.
 *
 * <p>All SQL of the workbench lives in {@code ...Repository} classes of the engine; the schema is
 * portable between H2 (the local workspace) and PostgreSQL (a shared team registry).
 */
package io.mlworkbench.engine.store;
