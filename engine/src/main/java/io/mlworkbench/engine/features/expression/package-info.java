/**
 * A small, safe expression language for derived columns: a hand-written recursive-descent parser (no script
 * engine, no reflection) that compiles an expression against a row layout into an evaluator tree.
 */
package io.mlworkbench.engine.features.expression;
