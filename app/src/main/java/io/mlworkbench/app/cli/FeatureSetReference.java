package io.mlworkbench.app.cli;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.features.FeaturePipelineService;
import io.mlworkbench.engine.features.FeatureSet;
import io.mlworkbench.engine.features.FeatureSetQuery;
import io.mlworkbench.engine.features.FeatureSetVersion;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A feature set named on the command line as {@code NAME} or {@code NAME@VERSION}, optionally narrowed to a
 * project, and what it resolves to.
 *
 * @param name the feature set's name
 * @param versionNo the version asked for, empty for the newest
 * @param project the project it must belong to, empty for any
 */
record FeatureSetReference(String name, Optional<Integer> versionNo, Optional<String> project) {

    /** A resolved reference. */
    record Resolved(FeatureSet set, FeatureSetVersion version) {
    }

    /**
     * @param text {@code NAME} or {@code NAME@VERSION}
     * @param project the {@code --project} option, or null
     * @return the reference
     * @throws WorkbenchException when the version is not a positive whole number
     */
    static FeatureSetReference parse(String text, String project) {
        int at = text.lastIndexOf('@');
        Optional<Integer> version = Optional.empty();
        String name = text;
        if (at >= 0) {
            name = text.substring(0, at);
            String number = text.substring(at + 1);
            if (!number.matches("[1-9][0-9]{0,8}")) {
                throw new WorkbenchException("Invalid feature set version '" + number + "' in '" + text
                        + "': expected NAME@N with N a version number such as 2");
            }
            version = Optional.of(Integer.parseInt(number));
        }
        return new FeatureSetReference(name.strip(), version, Optional.ofNullable(project));
    }

    /**
     * @param pipelines the feature sets
     * @param usable which versions qualify when no version is given (e.g. fitted ones)
     * @param what what a qualifying version is, for the error message, e.g. "fitted"
     * @param preferredProject when sets of several projects have the name, the project to take it from (or null)
     * @return the set and the version asked for (the newest qualifying one when none was given)
     * @throws WorkbenchException when there is no such set or version, or the name is ambiguous
     */
    Resolved resolve(FeaturePipelineService pipelines, Predicate<FeatureSetVersion> usable, String what,
                     String preferredProject) {
        List<FeatureSet> named = pipelines.search(FeatureSetQuery.all().named(name)).stream()
                .filter(s -> s.name().equals(name) && project.map(p -> p.equals(s.projectName())).orElse(true))
                .toList();
        if (named.size() > 1 && named.stream().anyMatch(s -> s.projectName().equals(preferredProject))) {
            named = named.stream().filter(s -> s.projectName().equals(preferredProject)).toList();
        }
        if (named.isEmpty()) {
            List<String> known = pipelines.search(FeatureSetQuery.all()).stream()
                    .map(s -> s.name() + " (" + s.projectName() + ")").toList();
            throw new WorkbenchException("No feature set named '" + name + "'" + project.map(p -> " in project '"
                    + p + "'").orElse("") + (known.isEmpty() ? "; the workspace has none yet"
                    : "; the feature sets are " + String.join(", ", known)));
        }
        if (named.size() > 1) {
            throw new WorkbenchException("Feature set '" + name + "' exists in projects " + named.stream()
                    .map(FeatureSet::projectName).toList() + "; choose one with --project");
        }
        FeatureSet set = named.get(0);
        List<FeatureSetVersion> versions = pipelines.versions(set.id());
        FeatureSetVersion version = versionNo.map(n -> versions.stream().filter(v -> v.versionNo() == n).findFirst()
                        .orElseThrow(() -> new WorkbenchException("Feature set '" + name + "' has no version " + n
                                + "; its versions are 1 to " + versions.get(0).versionNo())))
                .orElseGet(() -> versions.stream().filter(usable).findFirst()
                        .orElseThrow(() -> new WorkbenchException("Feature set '" + name + "' has no " + what
                                + " version yet; fit it on a dataset version in the Features step")));
        return new Resolved(set, version);
    }

    /**
     * Resolves to a fitted version: the one asked for, or the newest fitted one.
     *
     * @param pipelines the feature sets
     * @param preferredProject when sets of several projects have the name, the project to take it from (or null)
     * @return the set and its fitted version
     * @throws WorkbenchException when there is no such set or version, the name is ambiguous, or the version asked
     *     for is not fitted
     */
    Resolved resolveFitted(FeaturePipelineService pipelines, String preferredProject) {
        Resolved found = resolve(pipelines, FeatureSetVersion::fitted, "fitted", preferredProject);
        if (!found.version().fitted()) {
            throw new WorkbenchException("Version " + found.version().versionNo() + " of feature set '"
                    + found.set().name() + "' is not fitted; apply a fitted version (leave out @VERSION for the"
                    + " newest)");
        }
        return found;
    }
}
