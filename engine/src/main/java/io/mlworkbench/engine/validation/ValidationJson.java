package io.mlworkbench.engine.validation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.profile.ProfileJson;
import java.util.List;
import java.util.Map;

/**
 * Suites and reports as JSON. A suite is written as {@code {"expectations": [{"expectation_type": ...,
 * "kwargs": {...}, "notes": ...}]}}, the shape of a Great Expectations suite file, and GX suite files (0.x with
 * {@code expectation_type}, 1.x with {@code type}) are read, their other fields ignored. Thread-safe.
 */
public final class ValidationJson {

    /** The stored suite document. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SuiteDocument(List<Rule> expectations) {
    }

    private final ObjectMapper mapper = ProfileJson.documentMapper();

    /**
     * @param rules a suite's rules
     * @return the suite document
     */
    public String writeRules(List<Rule> rules) {
        return write(new SuiteDocument(rules));
    }

    /**
     * @param json a suite document, ours or a GX suite file
     * @param source where the text comes from (a file name, "suite churn v3"), for messages
     * @return the rules, in order; their arguments are not checked here ({@link ExpectationCatalog#checkAll})
     * @throws WorkbenchException naming the source, line and column when the text is not a suite
     */
    public List<Rule> readRules(String json, String source) {
        SuiteDocument document = read(json, SuiteDocument.class, source);
        if (document == null || document.expectations() == null) {
            throw new WorkbenchException(source + " is not a validation suite: expected a JSON object with an "
                    + "\"expectations\" list");
        }
        return List.copyOf(document.expectations());
    }

    /**
     * @param report a validation report
     * @return its JSON text
     */
    public String writeReport(ValidationReport report) {
        return write(report);
    }

    /**
     * @param json a report written by {@link #writeReport}
     * @param source where the text comes from, for messages
     * @return the report
     */
    public ValidationReport readReport(String json, String source) {
        return read(json, ValidationReport.class, source);
    }

    /**
     * @param details audit details
     * @return them as a JSON object
     */
    String object(Map<String, Object> details) {
        return write(details);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String json, Class<T> type, String source) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String message = e.getCause() instanceof WorkbenchException w ? w.getMessage() : e.getOriginalMessage();
            throw new WorkbenchException(source + " is not readable" + where + ": " + message, e);
        }
    }
}
