package io.mlworkbench.engine.validation;

import java.time.Instant;
import java.util.List;

/**
 * One saved, immutable version of a suite's rules.
 *
 * @param id the version's id: what a run refers to
 * @param suiteId its suite
 * @param suiteName the suite's name
 * @param versionNo its number within the suite, from 1
 * @param rules the rules, in order
 * @param createdBy who saved it
 * @param createdAt when
 */
public record SuiteVersion(long id, long suiteId, String suiteName, int versionNo, List<Rule> rules,
                           String createdBy, Instant createdAt) {

    /** Copies the list. */
    public SuiteVersion {
        rules = List.copyOf(rules);
    }
}
