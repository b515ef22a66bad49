package io.mlworkbench.app.training;

import java.util.Map;

/**
 * One model of a batch as the user set it up when pressing Start.
 *
 * @param algorithm the algorithm id
 * @param displayName its display name
 * @param parameters the values that differ from the defaults
 * @param tune true to tune instead of training once
 * @param row its progress row
 */
record PlannedModel(String algorithm, String displayName, Map<String, Object> parameters, boolean tune,
                    ProgressRow row) {
}
