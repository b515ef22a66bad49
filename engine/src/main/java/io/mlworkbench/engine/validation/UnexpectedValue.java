package io.mlworkbench.engine.validation;

/**
 * One value that broke a rule, where it is.
 *
 * @param row the 1-based data row (the first row after the header is row 1)
 * @param value the value as the column writes it; null for a missing value
 */
public record UnexpectedValue(int row, String value) {
}
