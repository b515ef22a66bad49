package io.mlworkbench.engine.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.encoding.FeatureEncoding;
import io.mlworkbench.engine.training.evaluation.ClassificationEvaluation;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import io.mlworkbench.engine.training.evaluation.FeatureImportance;
import io.mlworkbench.engine.training.evaluation.RegressionEvaluation;
import io.mlworkbench.engine.training.evaluation.SplitSpec;
import io.mlworkbench.engine.training.run.ReferenceProfile;
import io.mlworkbench.engine.training.tuning.TuningResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.Model;

/** The JSON documents of a run: its spec, encoding, evaluation, test predictions, profile and provenance. */
public final class RunJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunJson() {
    }

    /**
     * @param spec the training spec
     * @param values the resolved hyperparameters (every one, defaults included)
     * @param target the resolved target column
     * @param task the resolved task
     * @return the {@code params_json} of the run
     */
    public static String spec(TrainingSpec spec, ParameterValues values, String target, TaskType task) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", spec.algorithm());
        m.put("parameters", values.values());
        m.put("target", target);
        m.put("task", task.name());
        m.put("seed", spec.seed());
        m.put("validationFraction", spec.split().validationFraction());
        m.put("testFraction", spec.split().testFraction());
        m.put("timeColumn", spec.split().timeColumn().orElse(null));
        m.put("cvFolds", spec.cvFolds());
        m.put("positiveLabel", spec.positiveLabel().orElse(null));
        return write(m);
    }

    /**
     * Adds the training data's fingerprint and, for tuned runs, a summary of the search to a spec document.
     *
     * @param specJson the document from {@link #spec}
     * @param fingerprint the table fingerprint
     * @param tuning the search that chose the parameters, or null
     * @return the completed document
     */
    public static String withFingerprint(String specJson, String fingerprint, TuningResult tuning) {
        ObjectNode n = (ObjectNode) read(specJson);
        n.put("dataFingerprint", fingerprint);
        if (tuning != null) {
            ObjectNode t = n.putObject("tuning");
            t.put("trials", tuning.trials().size());
            t.put("seconds", tuning.elapsed().toMillis() / 1000.0);
            tuning.best().ifPresent(b -> t.put("bestScore", b.score()));
        }
        return write(n);
    }

    /**
     * @param json a run's {@code params_json}
     * @return the fingerprint of the data it was trained on, or null for records without one
     */
    public static String fingerprint(String json) {
        JsonNode v = read(json).get("dataFingerprint");
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * @param json a run's {@code params_json}
     * @return the spec it records, with every hyperparameter explicit
     */
    public static TrainingSpec readSpec(String json) {
        JsonNode n = read(json);
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.get("parameters").properties()) {
            parameters.put(e.getKey(), e.getValue().isNumber() ? e.getValue().numberValue() : e.getValue().asText());
        }
        return new TrainingSpec(Optional.of(n.get("target").asText()),
                Optional.of(TaskType.valueOf(n.get("task").asText())), n.get("algorithm").asText(), parameters,
                n.get("seed").asLong(), new SplitSpec(n.get("validationFraction").asDouble(),
                n.get("testFraction").asDouble(), text(n, "timeColumn")), n.get("cvFolds").asInt(),
                text(n, "positiveLabel"));
    }

    /**
     * @param encoding a fitted encoding
     * @return it as JSON bytes
     */
    public static byte[] encoding(FeatureEncoding encoding) {
        return bytes(encoding);
    }

    /**
     * @param json bytes from {@link #encoding(FeatureEncoding)}
     * @return the encoding
     */
    public static FeatureEncoding readEncoding(byte[] json) {
        return readValue(json, FeatureEncoding.class, "feature encoding");
    }

    /**
     * @param report the evaluation
     * @return it as JSON bytes, with a {@code kind} field saying classification or regression
     */
    public static byte[] evaluation(EvaluationReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("test", evaluationNode(report.test()));
        report.validation().ifPresent(v -> root.set("validation", evaluationNode(v)));
        root.set("cvScores", MAPPER.valueToTree(report.cvScores()));
        root.set("importance", MAPPER.valueToTree(report.importance()));
        return bytes(root);
    }

    /**
     * @param json bytes from {@link #evaluation(EvaluationReport)}
     * @return the report
     */
    public static EvaluationReport readEvaluation(byte[] json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            List<Double> cv = new ArrayList<>();
            n.get("cvScores").forEach(x -> cv.add(x.asDouble()));
            return new EvaluationReport(readEvaluationNode(n.get("test")),
                    n.has("validation") ? Optional.of(readEvaluationNode(n.get("validation"))) : Optional.empty(),
                    cv, MAPPER.treeToValue(n.get("importance"), FeatureImportance.class));
        } catch (IOException e) {
            throw new WorkbenchException("The stored evaluation is not readable: " + e.getMessage(), e);
        }
    }

    /**
     * @param predictions test predictions
     * @return them as JSON bytes
     */
    public static byte[] predictions(TestPredictions predictions) {
        return bytes(predictions);
    }

    /**
     * @param json bytes from {@link #predictions(TestPredictions)}
     * @return the predictions
     */
    public static TestPredictions readPredictions(byte[] json) {
        return readValue(json, TestPredictions.class, "test predictions");
    }

    /**
     * @param profile a reference profile
     * @return it as JSON bytes
     */
    public static byte[] profile(ReferenceProfile profile) {
        return bytes(profile);
    }

    /**
     * @param json bytes from {@link #profile(ReferenceProfile)}
     * @return the profile
     */
    public static ReferenceProfile readProfile(byte[] json) {
        return readValue(json, ReferenceProfile.class, "reference profile");
    }

    private static <T> T readValue(byte[] json, Class<T> type, String what) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new WorkbenchException("The stored " + what + " is not readable: " + e.getMessage(), e);
        }
    }

    /**
     * @param model a Tribuo model
     * @return its provenance (data, trainer and every hyperparameter) as JSON
     */
    public static String provenance(Model<?> model) {
        return write(ProvenanceUtil.convertToMap(model.getProvenance()));
    }

    /**
     * @param value any value Jackson can write
     * @return it as JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    private static JsonNode evaluationNode(Evaluation e) {
        ObjectNode node = MAPPER.valueToTree(e);
        node.put("kind", e instanceof ClassificationEvaluation ? "classification" : "regression");
        return node;
    }

    private static Evaluation readEvaluationNode(JsonNode n) throws IOException {
        ObjectNode copy = ((ObjectNode) n).deepCopy();
        String kind = copy.remove("kind").asText();
        copy.remove("primaryMetric");
        copy.remove("metrics");
        return kind.equals("classification") ? MAPPER.treeToValue(copy, ClassificationEvaluation.class)
                : MAPPER.treeToValue(copy, RegressionEvaluation.class);
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("A stored run record is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }
}
