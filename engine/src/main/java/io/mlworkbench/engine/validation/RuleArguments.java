package io.mlworkbench.engine.validation;

import io.mlworkbench.engine.data.ColumnType;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Typed access to a checked rule's arguments, defaults applied. Made by {@link ExpectationCatalog#check}; the
 * accessors trust that each argument already has its declared kind.
 */
public final class RuleArguments {

    /** The parameter every column value rule takes. */
    public static final String MOSTLY = "mostly";

    private final int ruleNumber;
    private final Rule rule;
    private final Expectation expectation;

    RuleArguments(int ruleNumber, Rule rule, Expectation expectation) {
        this.ruleNumber = ruleNumber;
        this.rule = rule;
        this.expectation = expectation;
    }

    /** @return the rule's 1-based position in its suite */
    public int ruleNumber() {
        return ruleNumber;
    }

    /** @return the rule */
    public Rule rule() {
        return rule;
    }

    /** @return the rule's expectation */
    public Expectation expectation() {
        return expectation;
    }

    /**
     * @param parameter the parameter at fault
     * @param problem what is wrong and what was expected
     * @return an exception naming this rule and the parameter
     */
    public InvalidRuleException invalid(String parameter, String problem) {
        return new InvalidRuleException(ruleNumber, rule.expectationType(), parameter, problem);
    }

    /**
     * @param name a parameter name
     * @return the argument, or the declared default, or null
     */
    public Object value(String name) {
        Object given = rule.argument(name);
        if (given != null) {
            return given;
        }
        return expectation.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(ParameterSpec::defaultValue).orElse(null);
    }

    /** @return the {@code column} argument */
    public String column() {
        return (String) value(Expectation.COLUMN);
    }

    /** @return the {@code mostly} argument, 1.0 when absent */
    public double mostly() {
        Object v = value(MOSTLY);
        return v == null ? 1.0 : ((Number) v).doubleValue();
    }

    /**
     * @param name a BOOLEAN parameter
     * @return its value, false when absent
     */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(value(name));
    }

    /**
     * @param name a text parameter
     * @return its value, or null
     */
    public String text(String name) {
        return (String) value(name);
    }

    /**
     * @param name a NUMBER, FRACTION or WHOLE_NUMBER parameter
     * @return its value, empty when absent
     */
    public OptionalDouble number(String name) {
        Object v = value(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) v).doubleValue());
    }

    /**
     * @param name a COLUMN_LIST parameter
     * @return its names
     */
    public List<String> texts(String name) {
        return ((List<?>) value(name)).stream().map(String.class::cast).toList();
    }

    /**
     * @param name a VALUE_LIST parameter
     * @return its values (text, Long, Double or Boolean)
     */
    public List<Object> values(String name) {
        return ((List<?>) value(name)).stream().map(Object.class::cast).toList();
    }

    /**
     * @param name a REGEX parameter
     * @return the compiled expression
     */
    public Pattern regex(String name) {
        return Pattern.compile(text(name));
    }

    /**
     * @param name a TYPE_NAME parameter
     * @return the column type it names
     */
    public ColumnType typeName(String name) {
        return TypeNames.parse(text(name)).orElseThrow(() -> invalid(name, ParameterType.TYPE_NAME.expected()));
    }

    /**
     * Reads a BOUND parameter for a column of the given type: a number as it is, an ISO date/time text as epoch
     * milliseconds (DATETIME columns only).
     *
     * @param name the parameter
     * @param columnType the type of the column compared with it; null when unknown (numbers only then)
     * @return the bound, empty when absent
     * @throws InvalidRuleException when text is given for a non-date column or is not a date/time
     */
    public OptionalDouble bound(String name, ColumnType columnType) {
        Object v = value(name);
        if (v == null) {
            return OptionalDouble.empty();
        }
        if (v instanceof Number n) {
            return OptionalDouble.of(n.doubleValue());
        }
        String text = (String) v;
        OptionalLong millis = DateTimeText.toEpochMillis(text);
        if (millis.isEmpty()) {
            throw invalid(name, "expected a number or an ISO-8601 date/time, got \"" + text + "\"");
        }
        if (columnType != null && columnType != ColumnType.DATETIME) {
            throw invalid(name, "\"" + text + "\" is a date/time but column '" + column() + "' is " + columnType
                    + "; give a number");
        }
        return OptionalDouble.of(millis.getAsLong());
    }
}
