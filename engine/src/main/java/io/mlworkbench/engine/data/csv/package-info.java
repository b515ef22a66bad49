/**
 * Delimited text files (CSV, TSV, any delimiter): encoding and dialect sniffing, and a fast byte-level
 * tokenizer.
 *
 * <p>Why our own tokenizer rather than Commons CSV or univocity-parsers: measured on the 1,000,000-row,
 * 20-column benchmark file (129 MB, see {@code docs/benchmarks.md}), Commons CSV 1.14 alone needed 1.2-1.8 s
 * to split the fields into strings, as long as {@code pandas.read_csv} takes to read and type the whole file,
 * before any typing or storing on our side. The tokenizer here works on bytes, makes no {@code String} per
 * field, and is checked against Commons CSV on generated files in the tests ({@code CsvTokenizerTest}).
 */
package io.mlworkbench.engine.data.csv;
