/**
 * Training benchmarks on the shared datasets: time and quality side by side with scikit-learn
 * (run with {@code bench/training.sh}; results in {@code docs/benchmarks.md}).
 */
package io.mlworkbench.engine.training.bench;
