package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.WorkbenchException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again when it lost a race with a concurrent one: a unique key taken meanwhile
 * (two first registrations of the same model name), a serialisation failure, a deadlock or a lock timeout.
 * Only for top-level transactions: a retry inside a caller's transaction would run in a broken one.
 */
final class TransactionRetry {

    /** How often a transaction is tried before giving up. */
    static final int ATTEMPTS = 5;

    /** SQL states meaning "a concurrent transaction got there first; try again". */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "HYT00");
    /** H2's error code for a row changed by a concurrent transaction. */
    private static final int H2_CONCURRENT_UPDATE = 90131;

    private TransactionRetry() {
    }

    /**
     * @param what what is being done, for the error message: {@code register a version of 'churn'}
     * @param transaction the work, one complete transaction
     * @param <R> its result type
     * @return the result of the first attempt that committed
     */
    static <R> R run(String what, Supplier<R> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!isConflict(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new WorkbenchException("Could not " + what + ": concurrent changes kept conflicting ("
                            + ATTEMPTS + " attempts). Try again.", e);
                }
                pause(attempt, e);
            }
        }
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (CONFLICT_STATES.contains(sql.getSQLState())
                    || sql.getErrorCode() == H2_CONCURRENT_UPDATE)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt, RuntimeException conflict) {
        try {
            Thread.sleep(5L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new WorkbenchException("Interrupted while retrying after a concurrent change", conflict);
        }
    }
}
