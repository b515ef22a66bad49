package io.mlworkbench.engine.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The default {@link ValidationCheck}: reads the {@code validation_result} rows of the dataset version. For
 * every suite that validated it, the newest result counts; the dataset passed when there is at least one
 * and all of them succeeded.
 */
public final class StoredValidationCheck implements ValidationCheck {

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public StoredValidationCheck(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Result(long suiteId, String suite, int suiteVersion, boolean success) {
        String label() {
            return "'" + suite + "' v" + suiteVersion;
        }
    }

    @Override
    public ValidationVerdict verdict(DatasetVersionRef dataset) {
        List<Result> newestFirst = jdbi.withHandle(h -> h.createQuery("SELECT s.id, s.name, sv.version_no, r.success"
                        + " FROM validation_result r"
                        + " JOIN validation_suite_version sv ON sv.id = r.suite_version_id"
                        + " JOIN validation_suite s ON s.id = sv.suite_id"
                        + " WHERE r.dataset_version_id = :dv ORDER BY r.id DESC")
                .bind("dv", dataset.id())
                .map((rs, ctx) -> new Result(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)))
                .list());
        if (newestFirst.isEmpty()) {
            return new ValidationVerdict(false, "dataset " + dataset.label() + " has no validation result:"
                    + " run its validation suite first");
        }
        Map<Long, Result> newestPerSuite = new LinkedHashMap<>();
        newestFirst.forEach(r -> newestPerSuite.putIfAbsent(r.suiteId(), r));
        List<Result> failed = newestPerSuite.values().stream().filter(r -> !r.success()).toList();
        if (!failed.isEmpty()) {
            return new ValidationVerdict(false, "dataset " + dataset.label() + " failed validation suite "
                    + failed.stream().map(Result::label).collect(Collectors.joining(", ")) + " in its latest run");
        }
        return new ValidationVerdict(true, "dataset " + dataset.label() + " passed validation suite "
                + newestPerSuite.values().stream().map(Result::label).collect(Collectors.joining(", ")));
    }
}
