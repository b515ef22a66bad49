/**
 * Data: tables in memory, import from files and databases, immutable dataset versions and their profiles.
 */
package io.mlworkbench.engine.data;
