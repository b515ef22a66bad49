package io.mlworkbench.app.features;

import io.mlworkbench.engine.features.FeaturePipelineService;
import io.mlworkbench.engine.features.FeatureSet;
import io.mlworkbench.engine.features.FeatureSetQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one search box of the feature store (desktop and command line): a text finds the sets whose name contains
 * it (any case), that carry it as a tag, or that it owns; no text finds every set.
 */
public final class FeatureSetSearch {

    private final FeaturePipelineService pipelines;

    /** @param pipelines the feature sets */
    public FeatureSetSearch(FeaturePipelineService pipelines) {
        this.pipelines = pipelines;
    }

    /**
     * @param text a part of a name, a tag or an owner's login; null or blank for all
     * @return the matching sets of every project, each once
     */
    public List<FeatureSet> find(String text) {
        if (text == null || text.isBlank()) {
            return pipelines.search(FeatureSetQuery.all());
        }
        String wanted = text.strip();
        Map<Long, FeatureSet> found = new LinkedHashMap<>();
        for (FeatureSetQuery query : List.of(FeatureSetQuery.all().named(wanted), FeatureSetQuery.all().tagged(wanted),
                FeatureSetQuery.all().ownedBy(wanted))) {
            pipelines.search(query).forEach(set -> found.putIfAbsent(set.id(), set));
        }
        return List.copyOf(found.values());
    }
}
