package io.mlworkbench.engine.features;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.features.step.StepType;

/**
 * Writes and reads pipeline definitions and fitted pipelines as JSON (what the registry stores in
 * {@code definition_json} and {@code fitted_state_json}). Fitted steps are plain records tagged by their kind; only
 * the kinds of the catalogue can be read, so a JSON document can never name a class to instantiate.
 */
public final class FeaturePipelineJson {

    private final ObjectMapper mapper;

    /** @param catalog the step types whose fitted state may appear */
    public FeaturePipelineJson(StepCatalog catalog) {
        mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        for (StepType type : catalog.all()) {
            mapper.registerSubtypes(new NamedType(type.fittedType(), type.kind()));
        }
    }

    /**
     * @param definition a definition
     * @return its JSON
     */
    public String write(PipelineDefinition definition) {
        return write((Object) definition);
    }

    /**
     * @param pipeline a fitted pipeline
     * @return the JSON of its state
     */
    public String write(FittedPipeline pipeline) {
        return write(pipeline.state());
    }

    /**
     * @param json a definition's JSON
     * @return the definition
     * @throws WorkbenchException when the JSON is not a valid definition
     */
    public PipelineDefinition readDefinition(String json) {
        return read(json, PipelineDefinition.class, "pipeline definition");
    }

    /**
     * @param json a fitted pipeline's JSON
     * @return the fitted pipeline, bound and ready
     * @throws WorkbenchException when the JSON is not a valid fitted pipeline of a format this build reads
     */
    public FittedPipeline readFitted(String json) {
        FittedPipelineState state = read(json, FittedPipelineState.class, "fitted pipeline");
        if (state.format() != FittedPipelineState.CURRENT_FORMAT) {
            throw new WorkbenchException("The fitted pipeline has format " + state.format() + "; this build reads format "
                    + FittedPipelineState.CURRENT_FORMAT + " (refit the pipeline or use a newer workbench)");
        }
        return new FittedPipeline(state);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String json, Class<T> type, String what) {
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new WorkbenchException("The " + what + " JSON is empty (null)");
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new WorkbenchException("The " + what + " JSON is not valid" + where + ": " + e.getOriginalMessage(),
                    e);
        }
    }
}
