/**
 * The seam between tables and Tribuo: which columns are model inputs, how categorical columns become one-hot
 * features, how missing numbers are filled and (for linear models and k-NN) standardised, and how rows become
 * Tribuo {@code Example}s with labels exactly as they appear in the data.
 *
 * <p>A fitted feature pipeline (the features stage) hands training a table whose FEATURE columns may already be
 * numeric; this encoding then passes them through. Given a raw table it one-hot encodes categorical columns
 * itself, so training works on both. The fitted {@link io.mlworkbench.engine.training.encoding.FeatureEncoding}
 * is stored with every run so that serving can turn new rows into the same features.
 */
package io.mlworkbench.engine.training.encoding;
