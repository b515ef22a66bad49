package io.mlworkbench.app.training;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a small comma-separated file into a {@link Table} for training when no imported dataset version is at
 * hand (the churn sample, a file given to {@code workbench train}). Columns whose every value is a number are
 * numeric; others are categorical, and a text column with mostly distinct values (an id, a date) is marked
 * {@link ColumnRole#IDENTIFIER} so it is not used as an input. Quoted fields with commas and doubled quotes
 * are understood; embedded line breaks are not.
 */
public final class CsvTableReader {

    private static final double IDENTIFIER_SHARE = 0.5;

    /**
     * @param file a CSV file with a header line
     * @return the table
     * @throws WorkbenchException naming the file and line when a row has the wrong number of fields
     */
    public Table read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param reader CSV text with a header line
     * @param source the name used in error messages
     * @return the table
     */
    public Table read(Reader reader, String source) {
        List<String[]> rows = new ArrayList<>();
        String[] header;
        try (BufferedReader lines = new BufferedReader(reader)) {
            String first = lines.readLine();
            if (first == null || first.isBlank()) {
                throw new WorkbenchException(source + ":1: the file is empty; expected a header line");
            }
            header = split(first);
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = split(line);
                if (fields.length != header.length) {
                    throw new WorkbenchException(source + ":" + number + ": expected " + header.length
                            + " fields as in the header, got " + fields.length);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ColumnBuilder> builders = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            builders.add(column(header[c], c, rows));
        }
        return Table.of(builders);
    }

    private static ColumnBuilder column(String name, int index, List<String[]> rows) {
        boolean numeric = true;
        boolean integral = true;
        Set<String> distinct = new HashSet<>();
        for (String[] row : rows) {
            String v = row[index];
            if (v.isEmpty()) {
                continue;
            }
            distinct.add(v);
            try {
                double d = Double.parseDouble(v);
                integral &= d == Math.rint(d) && !v.contains(".");
            } catch (NumberFormatException e) {
                numeric = false;
            }
        }
        ColumnType type = numeric ? (integral ? ColumnType.INTEGER : ColumnType.DECIMAL) : ColumnType.CATEGORICAL;
        ColumnSchema schema = ColumnSchema.feature(name, type);
        if (!numeric && distinct.size() > IDENTIFIER_SHARE * rows.size()) {
            schema = schema.withRole(ColumnRole.IDENTIFIER);
        }
        ColumnBuilder builder = new ColumnBuilder(schema, rows.size());
        for (String[] row : rows) {
            String v = row[index];
            if (v.isEmpty()) {
                builder.addMissing();
            } else if (numeric) {
                builder.addNumber(Double.parseDouble(v));
            } else {
                builder.addString(v);
            }
        }
        return builder;
    }

    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString().strip());
        return fields.toArray(new String[0]);
    }
}
