package io.mlworkbench.app.validation;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import java.util.List;
import java.util.Optional;

/** A six-row table for validation screen tests: an id, an age with one missing and one absurd value, a city. */
final class PeopleTable {

    private PeopleTable() {
    }

    static Table create() {
        ColumnBuilder id = new ColumnBuilder(schema("id", ColumnType.INTEGER, ColumnRole.IDENTIFIER), 6);
        ColumnBuilder age = new ColumnBuilder(schema("age", ColumnType.INTEGER, ColumnRole.FEATURE), 6);
        ColumnBuilder city = new ColumnBuilder(schema("city", ColumnType.CATEGORICAL, ColumnRole.TARGET), 6);
        double[] ages = {34, 51, Double.NaN, 150, 28, 42};
        String[] cities = {"Oslo", "Lima", "Oslo", "Pune", "Lima", "Oslo"};
        for (int i = 0; i < ages.length; i++) {
            id.addNumber(i + 1);
            age.addNumber(ages[i]);
            city.addString(cities[i]);
        }
        return Table.of(List.of(id, age, city));
    }

    private static ColumnSchema schema(String name, ColumnType type, ColumnRole role) {
        return new ColumnSchema(name, type, role, Optional.empty());
    }
}
