package io.mlworkbench.server;

import io.javalin.http.Context;
import io.mlworkbench.engine.BuildInfo;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Liveness, readiness and version endpoints in the two dialects clients know: Open Inference Protocol V2
 * ({@code /v2/health/live}, {@code /v2/health/ready}, {@code /v2}) and MLflow scoring ({@code /ping},
 * {@code /health}, {@code /version}).
 */
final class HealthHandlers {

    /** The server name reported by {@code GET /v2}. */
    static final String SERVER_NAME = "mlworkbench";

    private final BooleanSupplier ready;

    /** @param ready whether models are loaded and requests can be served */
    HealthHandlers(BooleanSupplier ready) {
        this.ready = ready;
    }

    void live(Context ctx) {
        ctx.json(Map.of("live", true));
    }

    void ready(Context ctx) {
        boolean isReady = ready.getAsBoolean();
        ctx.status(isReady ? 200 : 503).json(Map.of("ready", isReady));
    }

    void serverMetadata(Context ctx) {
        ctx.json(Map.of("name", SERVER_NAME, "version", BuildInfo.version(), "extensions", List.of()));
    }

    void ping(Context ctx) {
        ctx.status(ready.getAsBoolean() ? 200 : 503).result("\n");
    }

    void version(Context ctx) {
        ctx.result(BuildInfo.version());
    }
}
