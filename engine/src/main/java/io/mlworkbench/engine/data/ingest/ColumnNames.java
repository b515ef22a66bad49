package io.mlworkbench.engine.data.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks that column names are present and unique, reporting every problem at once. */
public final class ColumnNames {

    private ColumnNames() {
    }

    /**
     * @param names the names in column order
     * @return one line per problem; empty when the names are fine
     */
    public static List<String> problems(List<String> names) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                problems.add("column " + (i + 1) + " has a blank name");
                continue;
            }
            Integer previous = seen.putIfAbsent(name, i);
            if (previous != null) {
                problems.add("columns " + (previous + 1) + " and " + (i + 1) + " are both named '" + name + "'");
            }
        }
        return problems;
    }

    /**
     * @param source the file or query, for the message
     * @param specs the columns
     * @throws InvalidColumnNamesException when a name is blank or repeated
     */
    public static void check(String source, List<ColumnSpec> specs) {
        List<String> problems = problems(specs.stream().map(ColumnSpec::name).toList());
        if (!problems.isEmpty()) {
            throw new InvalidColumnNamesException(source, problems);
        }
    }

    /**
     * @param count how many columns
     * @return {@code col_1 .. col_count}, the names of a source without header
     */
    public static List<String> generated(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add("col_" + i);
        }
        return names;
    }
}
