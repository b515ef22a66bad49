/**
 * The one FXML loader: {@code <Name>View} in {@code io.mlworkbench.app.<stage>} loads
 * {@code fxml/<stage>/<Name>View.fxml} with itself as controller and the message bundle injected.
 */
package io.mlworkbench.app.view;
