package io.mlworkbench.engine.validation;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.DatasetSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The expectations a suite may use, by GX name, and the checks of rule arguments against their declarations.
 * Immutable and thread-safe.
 */
public final class ExpectationCatalog {

    /** GX arguments that only shape GX's own output; accepted in imported suites and ignored. */
    private static final Set<String> IGNORED_GX_ARGUMENTS = Set.of("result_format", "catch_exceptions",
            "include_config");

    private final Map<String, Expectation> byType = new LinkedHashMap<>();

    /**
     * @param expectations the expectations, in the order a rule editor lists them
     */
    public ExpectationCatalog(List<Expectation> expectations) {
        for (Expectation e : expectations) {
            if (byType.put(e.type(), e) != null) {
                throw new IllegalArgumentException("Two expectations named " + e.type());
            }
        }
    }

    /** @return every expectation, in listing order */
    public List<Expectation> all() {
        return List.copyOf(byType.values());
    }

    /**
     * @param type a GX expectation name
     * @return the expectation, if known
     */
    public Optional<Expectation> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /**
     * Checks one rule's arguments against its expectation's declaration: known type, no unknown parameter, every
     * required one present, each of its declared kind, and the expectation's own cross-checks (min not above max).
     *
     * @param ruleNumber the rule's 1-based position, for messages
     * @param rule the rule
     * @return its typed arguments
     * @throws InvalidRuleException naming the rule and the parameter at fault
     */
    public RuleArguments check(int ruleNumber, Rule rule) {
        Expectation expectation = byType.get(rule.expectationType());
        if (expectation == null) {
            throw new InvalidRuleException(ruleNumber, rule.expectationType(), "expectation_type",
                    "unknown expectation; the known ones are " + byType.keySet());
        }
        List<String> declared = expectation.parameters().stream().map(ParameterSpec::name).toList();
        for (String name : rule.kwargs().keySet()) {
            if (!declared.contains(name) && !IGNORED_GX_ARGUMENTS.contains(name)) {
                throw new InvalidRuleException(ruleNumber, rule.expectationType(), name,
                        "unknown parameter; " + expectation.type() + " takes " + declared);
            }
        }
        for (ParameterSpec spec : expectation.parameters()) {
            Object value = rule.argument(spec.name());
            if (value == null) {
                if (spec.required()) {
                    throw new InvalidRuleException(ruleNumber, rule.expectationType(), spec.name(),
                            "is required (" + spec.type().expected() + "): " + spec.description());
                }
                continue;
            }
            Optional<String> problem = spec.type().problemWith(value);
            if (problem.isPresent()) {
                throw new InvalidRuleException(ruleNumber, rule.expectationType(), spec.name(), problem.get());
            }
        }
        RuleArguments arguments = new RuleArguments(ruleNumber, rule, expectation);
        expectation.checkArguments(arguments);
        return arguments;
    }

    /**
     * Checks every rule of a suite.
     *
     * @param rules the suite's rules, in order
     * @return their typed arguments, in order
     * @throws InvalidRuleException at the first rule at fault
     */
    public List<RuleArguments> checkAll(List<Rule> rules) {
        List<RuleArguments> checked = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            checked.add(check(i + 1, rules.get(i)));
        }
        return checked;
    }

    /**
     * Checks every rule and also that each column rule's column exists in the schema with a type the rule applies
     * to, and that date/time bounds are given only for date/time columns: what a rule editor checks against the
     * dataset being edited for.
     *
     * @param rules the suite's rules
     * @param schema the dataset's schema
     * @throws InvalidRuleException at the first rule at fault
     */
    public void checkAgainst(List<Rule> rules, DatasetSchema schema) {
        for (RuleArguments arguments : checkAll(rules)) {
            Optional<String> problem = columnProblem(arguments, schema);
            if (problem.isPresent()) {
                throw arguments.invalid(Expectation.COLUMN, problem.get());
            }
            ColumnSchema column = schema.find(arguments.column() == null ? "" : arguments.column()).orElse(null);
            for (ParameterSpec spec : arguments.expectation().parameters()) {
                if (spec.type() == ParameterType.BOUND) {
                    arguments.bound(spec.name(), column == null ? null : column.type());
                }
            }
        }
    }

    /**
     * @param arguments a checked rule
     * @param schema the data's schema
     * @return why the rule cannot be evaluated on data of this schema (missing column, inapplicable type), if so
     */
    public Optional<String> columnProblem(RuleArguments arguments, DatasetSchema schema) {
        Expectation expectation = arguments.expectation();
        if (!expectation.requiresColumn()) {
            return Optional.empty();
        }
        Optional<ColumnSchema> column = schema.find(arguments.column());
        if (column.isEmpty()) {
            return Optional.of("the data has no column '" + arguments.column() + "'; its columns are "
                    + schema.names());
        }
        if (!expectation.columnTypes().contains(column.get().type())) {
            return Optional.of("column '" + column.get().name() + "' is " + column.get().type() + "; "
                    + expectation.type() + " applies to " + expectation.columnTypes() + " columns");
        }
        return Optional.empty();
    }
}
