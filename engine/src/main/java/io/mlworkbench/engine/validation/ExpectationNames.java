package io.mlworkbench.engine.validation;

/** The Great Expectations names of the expectations the workbench knows. */
public final class ExpectationNames {

    /** Values are present. */
    public static final String NOT_NULL = "expect_column_values_to_not_be_null";
    /** Values lie between bounds. */
    public static final String VALUES_BETWEEN = "expect_column_values_to_be_between";
    /** Values belong to a set. */
    public static final String IN_SET = "expect_column_values_to_be_in_set";
    /** Values occur once each. */
    public static final String UNIQUE = "expect_column_values_to_be_unique";
    /** A column exists. */
    public static final String COLUMN_EXISTS = "expect_column_to_exist";
    /** The row count lies between bounds. */
    public static final String ROW_COUNT_BETWEEN = "expect_table_row_count_to_be_between";
    /** The columns are a given set. */
    public static final String COLUMNS_MATCH_SET = "expect_table_columns_to_match_set";
    /** Values contain a match of a regular expression. */
    public static final String MATCH_REGEX = "expect_column_values_to_match_regex";
    /** Values are of a type. */
    public static final String OF_TYPE = "expect_column_values_to_be_of_type";
    /** The mean lies between bounds. */
    public static final String MEAN_BETWEEN = "expect_column_mean_to_be_between";
    /** The minimum lies between bounds. */
    public static final String MIN_BETWEEN = "expect_column_min_to_be_between";
    /** The maximum lies between bounds. */
    public static final String MAX_BETWEEN = "expect_column_max_to_be_between";
    /** The distinct values are all in a set. */
    public static final String DISTINCT_IN_SET = "expect_column_distinct_values_to_be_in_set";
    /** The share of distinct values lies between bounds. */
    public static final String UNIQUE_PROPORTION_BETWEEN = "expect_column_proportion_of_unique_values_to_be_between";

    private ExpectationNames() {
    }
}
