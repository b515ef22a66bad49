/**
 * The Import step: choose a table (the bundled sample, a file, a dropped file or a database query), check the
 * preview made with the sniffed dialect and the inferred column types with their evidence, change what was guessed
 * wrong, and import it as an immutable dataset version in the background; then see the version's profile
 * (statistics, histograms, dataset facts) and go on to validation.
 */
package io.mlworkbench.app.importing;
