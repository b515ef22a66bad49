/**
 * Who may do what in a workspace: the roles viewer &lt; editor &lt; approver &lt; admin, the
 * {@link io.mlworkbench.engine.access.Permission} each action needs, and the check every engine service
 * makes ({@link io.mlworkbench.engine.access.AccessControl#require}) before reading or changing the registry.
 *
 * <p>The first actor to touch a workspace without members becomes its admin (see
 * {@link io.mlworkbench.engine.access.AccessControl}); role edits are admin-only, audited, and never remove
 * the last admin ({@link io.mlworkbench.engine.access.MemberService}).
 */
package io.mlworkbench.engine.access;
