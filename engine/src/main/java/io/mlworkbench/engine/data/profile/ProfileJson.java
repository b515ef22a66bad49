package io.mlworkbench.engine.data.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mlworkbench.engine.WorkbenchException;

/**
 * Reads and writes {@link DatasetProfile}s as JSON: snake_case names, ISO-8601 instants, absent values left out.
 * Thread-safe.
 */
public final class ProfileJson {

    private final ObjectMapper mapper;

    /** Creates the reader/writer. */
    public ProfileJson() {
        this.mapper = documentMapper();
    }

    /**
     * The JSON conventions of the registry's documents (profiles, suites, results): snake_case property names as
     * Great Expectations and pandas users know them, ISO-8601 instants, null properties omitted.
     *
     * @return a new mapper with those conventions
     */
    public static ObjectMapper documentMapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }

    /**
     * @param profile a profile
     * @return its JSON text
     */
    public String write(DatasetProfile profile) {
        try {
            return mapper.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A dataset profile could not be written as JSON", e);
        }
    }

    /**
     * @param json JSON text written by {@link #write}
     * @param source where the text comes from, for the error message (e.g. "dataset version 7")
     * @return the profile
     * @throws WorkbenchException when the text is not a profile, or one written by a newer build
     */
    public DatasetProfile read(String json, String source) {
        DatasetProfile profile;
        try {
            profile = mapper.readValue(json, DatasetProfile.class);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("The profile of " + source + " is not readable: " + e.getOriginalMessage()
                    + locationOf(e), e);
        }
        if (profile.formatVersion() > DatasetProfile.FORMAT_VERSION) {
            throw new WorkbenchException("The profile of " + source + " has format version " + profile.formatVersion()
                    + "; this build reads up to " + DatasetProfile.FORMAT_VERSION + ". Open it with a newer build.");
        }
        return profile;
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
