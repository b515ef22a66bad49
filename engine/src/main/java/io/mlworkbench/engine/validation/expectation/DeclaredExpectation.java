package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.validation.Expectation;
import io.mlworkbench.engine.validation.ParameterSpec;
import java.util.List;
import java.util.Set;

/** An expectation whose name, description, parameters and column types are given once, at construction. */
abstract class DeclaredExpectation implements Expectation {

    private final String type;
    private final String description;
    private final Set<ColumnType> columnTypes;
    private final List<ParameterSpec> parameters;

    DeclaredExpectation(String type, String description, Set<ColumnType> columnTypes, List<ParameterSpec> parameters) {
        this.type = type;
        this.description = description;
        this.columnTypes = Set.copyOf(columnTypes);
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final Set<ColumnType> columnTypes() {
        return columnTypes;
    }
}
