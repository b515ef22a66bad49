/**
 * User-visible text: the one resource bundle {@code i18n/messages.properties} and the {@link
 * io.mlworkbench.app.i18n.Messages} that formats it for views, view models and the command line.
 */
package io.mlworkbench.app.i18n;
