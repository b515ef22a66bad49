/**
 * The light and dark themes (AtlantaFX Primer), the workbench's own style sheet on top of them, and the chart
 * colours of each theme ({@link io.mlworkbench.app.theme.ChartTheme}) with the window mark charts follow
 * ({@link io.mlworkbench.app.theme.WindowTheme}).
 */
package io.mlworkbench.app.theme;
