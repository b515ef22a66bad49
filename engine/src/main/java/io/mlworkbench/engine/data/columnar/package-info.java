/**
 * The compact columnar binary format in which dataset versions are stored and exported.
 *
 * <p>A file is a header (magic {@code MLWBCOL1}, then the schema and row count as JSON) followed by row groups
 * and an end mark. A row group holds up to {@link io.mlworkbench.engine.data.columnar.ColumnarFormat#MAX_GROUP_ROWS}
 * rows, one chunk per column: numbers with few decimals as integers scaled by a power of ten and bit-packed
 * relative to the group minimum (else raw doubles),
 * labels as a per-group dictionary with bit-packed codes. Reading is streaming, one row group at a time; each
 * group is returned as a {@link io.mlworkbench.engine.data.Table}. See {@code docs/dataset-format.md}.
 */
package io.mlworkbench.engine.data.columnar;
