package io.mlworkbench.app.cli;

import io.mlworkbench.app.i18n.NumberText;
import io.mlworkbench.app.validation.ParameterText;
import io.mlworkbench.engine.validation.RuleResult;
import io.mlworkbench.engine.validation.UnexpectedValue;
import io.mlworkbench.engine.validation.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a validation report for people and pipelines: a verdict line, then the failed rules with their counts,
 * failing row numbers and sample values, then one line per passed rule.
 */
final class ValidationReportPrinter {

    private static final int ROWS_SHOWN = 20;
    private static final int SAMPLE_SHOWN = 5;

    private final CliOutput out;

    ValidationReportPrinter(CliOutput out) {
        this.out = out;
    }

    /**
     * @param subject what was validated with what, e.g. {@code datasets:/default/adult/1 with suite basic v2}
     * @param report the report
     */
    void print(String subject, ValidationReport report) {
        int failed = report.statistics().unsuccessfulExpectations();
        int total = report.statistics().evaluatedExpectations();
        out.line((report.success() ? "PASSED: " : "FAILED: ") + subject + " - " + (report.success()
                ? "all " + total + " rules met" : failed + " of " + total + " rules failed") + " on "
                + NumberText.count(report.rowCount()) + " rows");
        for (RuleResult result : report.failedFirst()) {
            if (result.success()) {
                out.line("  passed  " + title(result));
            } else {
                printFailure(result);
            }
        }
    }

    private void printFailure(RuleResult result) {
        out.line("  FAILED  " + title(result));
        if (result.hasException()) {
            out.line("          not evaluated: " + result.exceptionMessage());
            return;
        }
        if (result.unexpectedCount() != null) {
            String share = result.unexpectedPercent() == null ? ""
                    : " (" + NumberText.percent(result.unexpectedPercent()) + ")";
            out.line("          " + NumberText.count(result.unexpectedCount()) + " unexpected of "
                    + NumberText.count(result.elementCount() == null ? 0 : result.elementCount()) + " values" + share
                    + ", " + NumberText.count(result.missingCount() == null ? 0 : result.missingCount()) + " missing");
        }
        if (result.observed() != null) {
            out.line("          observed: " + result.observed().display());
            if (!result.observed().unexpectedValues().isEmpty()) {
                out.line("          unexpected: " + String.join(", ", result.observed().unexpectedValues()));
            }
            if (!result.observed().missingValues().isEmpty()) {
                out.line("          missing: " + String.join(", ", result.observed().missingValues()));
            }
        }
        if (result.unexpected() != null && !result.unexpected().rows().isEmpty()) {
            List<Integer> rows = result.unexpected().rows();
            String listed = rows.stream().limit(ROWS_SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
            boolean more = rows.size() > ROWS_SHOWN || result.unexpected().rowsTruncated();
            out.line("          rows: " + listed + (more ? ", ..." : ""));
            String sample = result.unexpected().sample().stream().limit(SAMPLE_SHOWN)
                    .map(ValidationReportPrinter::sampleValue).collect(Collectors.joining("; "));
            out.line("          sample: " + sample);
        }
    }

    private static String sampleValue(UnexpectedValue value) {
        return "row " + value.row() + ": " + (value.value() == null ? "(missing)" : value.value());
    }

    private static String title(RuleResult result) {
        String arguments = ParameterText.summary(result.rule());
        String column = result.rule().column().map(c -> " column=" + c).orElse("");
        return "rule " + result.ruleNumber() + ": " + result.rule().expectationType() + column
                + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
