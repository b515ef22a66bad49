/**
 * SQL queries against any JDBC URL as an import source (the H2 and PostgreSQL drivers are bundled).
 */
package io.mlworkbench.engine.data.jdbc;
