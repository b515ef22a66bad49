/**
 * The workspace overview (home screen): where the workspace is and what it holds, its projects, and the
 * recent audit log — with an empty state that says what to do first.
 */
package io.mlworkbench.app.overview;
