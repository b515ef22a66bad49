/**
 * The append-only audit log: who did what, when, to which object.
 */
package io.mlworkbench.engine.audit;
