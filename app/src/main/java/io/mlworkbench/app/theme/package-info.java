/** The light and dark themes (AtlantaFX Primer) and the workbench's own style sheet on top of them. */
package io.mlworkbench.app.theme;
