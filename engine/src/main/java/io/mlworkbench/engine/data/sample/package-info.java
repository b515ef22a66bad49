/**
 * Sample data the workbench generates itself: a seeded telecom churn table for first steps and the guided demo.
 */
package io.mlworkbench.engine.data.sample;
