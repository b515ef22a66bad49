package io.mlworkbench.engine.registry;

/**
 * The feature pipeline version a model's inputs went through.
 *
 * @param id the pipeline version's row id
 * @param pipelineName the pipeline's name
 * @param version its version number
 */
public record PipelineVersionRef(long id, String pipelineName, int version) {
}
