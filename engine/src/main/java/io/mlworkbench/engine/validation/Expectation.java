package io.mlworkbench.engine.validation;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import java.util.List;
import java.util.Set;

/**
 * One kind of rule, named and behaving as its Great Expectations namesake. Each declares its parameters once; the
 * catalog checks arguments against the declaration, the GUI builds its form from it, and JSON carries the same
 * names.
 */
public interface Expectation {

    /** The name of the parameter that names the column a column rule applies to. */
    String COLUMN = "column";

    /** @return the GX name, e.g. {@code expect_column_values_to_be_between} */
    String type();

    /** @return one sentence saying what it checks */
    String description();

    /** @return the parameters it takes, in form order */
    List<ParameterSpec> parameters();

    /** @return the column types it applies to; empty for table-level expectations */
    Set<ColumnType> columnTypes();

    /** @return true when the rule's column must exist for it to be evaluated */
    default boolean requiresColumn() {
        return parameters().stream().anyMatch(p -> p.name().equals(COLUMN));
    }

    /**
     * Checks what the parameter declaration cannot: relations between arguments (min not above max, at least one
     * bound). Called by {@link ExpectationCatalog#check} after each argument was checked on its own.
     *
     * @param arguments the rule's arguments
     * @throws InvalidRuleException when they do not fit together
     */
    default void checkArguments(RuleArguments arguments) {
    }

    /**
     * Evaluates the rule. The catalog has checked the arguments, and for a column rule the column exists and has
     * one of {@link #columnTypes()}.
     *
     * @param table the data
     * @param arguments the rule's checked arguments
     * @return the result
     */
    RuleResult evaluate(Table table, RuleArguments arguments);
}
