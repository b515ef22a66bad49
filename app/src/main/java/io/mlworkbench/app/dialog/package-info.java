/**
 * Everything the user is told or asked outside the screens themselves: errors with details, confirmations,
 * notifications and file choosers, behind {@link io.mlworkbench.app.dialog.DialogService} so that view models
 * can be tested with a recording fake.
 */
package io.mlworkbench.app.dialog;
