/**
 * Excel {@code .xlsx} workbooks, read sheet by sheet with Apache POI's streaming (SAX) reader so that big
 * sheets need little memory.
 */
package io.mlworkbench.engine.data.excel;
