package io.mlworkbench.engine.features;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.step.DateTimeText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file into a {@link Table} for feature tests, independently of the import engine: columns whose
 * values all parse as numbers are DECIMAL, {@code yyyy-MM-dd} columns DATETIME, the rest CATEGORICAL.
 */
final class CsvTestTables {

    private CsvTestTables() {
    }

    static Table read(Path file, char delimiter, List<String> names, Set<String> missing, int skipLines,
                      String target, UnaryOperator<String> clean) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> header = names;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < skipLines; i++) {
                while (in.read() != '\n') {
                    continue;
                }
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(in, format)) {
                for (CSVRecord record : parser) {
                    String[] values = record.values();
                    if (header == null) {
                        header = List.of(values);
                        continue;
                    }
                    for (int c = 0; c < values.length; c++) {
                        String v = clean.apply(values[c].strip());
                        values[c] = v.isEmpty() || missing.contains(v) ? null : v;
                    }
                    rows.add(values);
                }
            }
        }
        List<ColumnBuilder> builders = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            ColumnType type = infer(rows, c);
            ColumnRole role = header.get(c).equals(target) ? ColumnRole.TARGET : ColumnRole.FEATURE;
            ColumnBuilder b = new ColumnBuilder(new ColumnSchema(header.get(c), type, role, Optional.empty()),
                    rows.size());
            for (String[] row : rows) {
                String v = row[c];
                if (type == ColumnType.CATEGORICAL) {
                    b.addString(v);
                } else if (type == ColumnType.DATETIME) {
                    b.addNumber(v == null ? Double.NaN : DateTimeText.parseMillis(v));
                } else {
                    b.addNumber(v == null ? Double.NaN : Double.parseDouble(v));
                }
            }
            builders.add(b);
        }
        return Table.of(builders);
    }

    private static ColumnType infer(List<String[]> rows, int c) {
        boolean numeric = true;
        boolean date = true;
        for (String[] row : rows) {
            String v = row[c];
            if (v == null) {
                continue;
            }
            date &= v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-';
            if (numeric) {
                try {
                    Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
            if (!numeric && !date) {
                break;
            }
        }
        return numeric ? ColumnType.DECIMAL : date ? ColumnType.DATETIME : ColumnType.CATEGORICAL;
    }
}
