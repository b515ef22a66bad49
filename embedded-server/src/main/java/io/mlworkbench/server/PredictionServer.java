package io.mlworkbench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.mlworkbench.engine.WorkbenchException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded prediction server. Create it, start it on a port (0 picks a free one), ask its port, stop it.
 *
 * <p>This first cut serves health, readiness and version in the Open Inference Protocol V2 and MLflow dialects,
 * with JSON errors for every failure; model endpoints are registered by the serving stage on the same shape.
 */
public final class PredictionServer {

    private final ServerConfig config;
    private final AtomicBoolean ready = new AtomicBoolean(true);
    private final Javalin javalin;

    private PredictionServer(ServerConfig config) {
        this.config = config;
        HealthHandlers health = new HealthHandlers(ready::get);
        this.javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = config.maxRequestBytes();
            cfg.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            cfg.routes.get("/v2/health/live", health::live);
            cfg.routes.get("/v2/health/ready", health::ready);
            cfg.routes.get("/v2", health::serverMetadata);
            cfg.routes.get("/ping", health::ping);
            cfg.routes.get("/health", health::ping);
            cfg.routes.get("/version", health::version);
            ErrorMapping.register(cfg.routes);
        });
    }

    /**
     * @param config how to listen
     * @return a server, not yet started
     */
    public static PredictionServer create(ServerConfig config) {
        return new PredictionServer(config);
    }

    /**
     * Starts listening.
     *
     * @param port the TCP port, or 0 for any free port
     * @return this server
     */
    public PredictionServer start(int port) {
        if (port < 0 || port > 65_535) {
            throw new WorkbenchException("Port must be between 0 and 65535, got " + port);
        }
        try {
            javalin.start(config.host(), port);
        } catch (RuntimeException e) {
            throw new WorkbenchException("Cannot start the prediction server on " + config.host() + ":" + port
                    + ": " + rootMessage(e) + " (is the port already in use?)", e);
        }
        return this;
    }

    /** @return the port the server listens on (after {@link #start(int)}) */
    public int port() {
        return javalin.port();
    }

    /**
     * Marks the server ready or not ready (readiness endpoints answer 503 while not ready).
     *
     * @param isReady whether requests can be served
     */
    public void setReady(boolean isReady) {
        ready.set(isReady);
    }

    /** Stops listening and releases the port. */
    public void stop() {
        javalin.stop();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
