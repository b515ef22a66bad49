package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Infers each column's type from a sample of its values, with the evidence a user can check: INTEGER when
 * every value is an integer, DECIMAL when every value is a number, BOOLEAN for true/false, DATETIME when every
 * value matches one common pattern, CATEGORICAL for few distinct labels, TEXT otherwise. Roles come from
 * {@link RoleSuggester}. The import verifies the choice on every row.
 */
public final class TypeInferrer {

    /** A label column with at most this many distinct values (and values repeating) is categorical. */
    static final int MAX_CATEGORIES = 100;

    private TypeInferrer() {
    }

    /**
     * @param names the source's column names
     * @param sample per row, the values (null for missing), rows of any length
     * @return one inference per column
     */
    public static List<ColumnInference> infer(List<String> names, List<String[]> sample) {
        List<ColumnInference> result = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            List<String> values = new ArrayList<>(sample.size());
            int missing = 0;
            for (String[] row : sample) {
                String v = c < row.length ? row[c] : null;
                if (v == null) {
                    missing++;
                } else {
                    values.add(v);
                }
            }
            result.add(inferColumn(c, names.get(c), values, missing));
        }
        return RoleSuggester.suggest(result, sample.size());
    }

    private static ColumnInference inferColumn(int index, String name, List<String> values, int missing) {
        List<String> evidence = new ArrayList<>();
        int n = values.size();
        int sampled = n + missing;
        Set<String> distinct = new LinkedHashSet<>(values);
        if (missing > 0) {
            evidence.add(String.format(Locale.ROOT, "%,d of %,d sampled values are missing", missing, sampled));
        }
        if (n == 0) {
            evidence.add(String.format(Locale.ROOT, "all %,d sampled values are missing: kept as text", sampled));
            return new ColumnInference(index, name, ColumnSpec.of(name, ColumnType.TEXT), evidence, sampled, missing, 0);
        }
        int integers = 0;
        int numbers = 0;
        String firstNonNumber = null;
        for (String v : values) {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            if (!Double.isNaN(NumberParser.parseInteger(b, 0, b.length))) {
                integers++;
                numbers++;
            } else if (!Double.isNaN(NumberParser.parseDecimal(b, 0, b.length))) {
                numbers++;
            } else if (firstNonNumber == null) {
                firstNonNumber = v;
            }
        }
        ColumnSpec spec;
        if (integers == n) {
            evidence.add(String.format(Locale.ROOT, "all %,d sampled values parse as integers", n));
            if (distinct.stream().allMatch(v -> v.strip().equals("0") || v.strip().equals("1"))) {
                evidence.add("only 0 and 1 occur: could be BOOLEAN");
            }
            spec = ColumnSpec.of(name, ColumnType.INTEGER);
        } else if (numbers == n) {
            evidence.add(String.format(Locale.ROOT, "all %,d sampled values parse as numbers, %,d of them with decimals",
                    n, n - integers));
            spec = ColumnSpec.of(name, ColumnType.DECIMAL);
        } else if (values.stream().allMatch(BooleanValues::isLiteral)) {
            evidence.add(String.format(Locale.ROOT, "all %,d sampled values are true or false", n));
            spec = ColumnSpec.of(name, ColumnType.BOOLEAN);
        } else {
            if (numbers * 2 > n) {
                evidence.add(String.format(Locale.ROOT, "%,d of %,d values are numbers, but not e.g. '%s': not numeric",
                        numbers, n, firstNonNumber));
            }
            spec = inferNonNumeric(name, values, distinct, evidence);
        }
        return new ColumnInference(index, name, spec, evidence, sampled, missing, distinct.size());
    }

    private static ColumnSpec inferNonNumeric(String name, List<String> values, Set<String> distinct,
                                              List<String> evidence) {
        for (String pattern : DateTimeFormats.COMMON) {
            DateTimeFormats.Parser parser = DateTimeFormats.parser(pattern);
            if (distinct.stream().allMatch(v -> !Double.isNaN(parser.parse(v)))) {
                evidence.add(String.format(Locale.ROOT, "all %,d sampled values match %s", values.size(), pattern));
                return ColumnSpec.of(name, ColumnType.TEXT).withDateTime(pattern);
            }
        }
        int n = values.size();
        int d = distinct.size();
        if (d <= MAX_CATEGORIES && (d * 2 <= n || d <= 2)) {
            evidence.add(String.format(Locale.ROOT, "%,d distinct values in %,d rows → categorical", d, n));
            if (d == 2 && distinct.stream().allMatch(BooleanValues::isSpelling)) {
                evidence.add("the two values " + distinct + " could also be read as BOOLEAN");
            }
            return new ColumnSpec(name, ColumnType.CATEGORICAL, ColumnRole.FEATURE, null, false);
        }
        evidence.add(String.format(Locale.ROOT, "%,d distinct values in %,d rows → free text", d, n));
        return ColumnSpec.of(name, ColumnType.TEXT);
    }
}
