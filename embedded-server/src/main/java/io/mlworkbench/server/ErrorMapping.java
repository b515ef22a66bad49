package io.mlworkbench.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.mlworkbench.engine.WorkbenchException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP answers, always with a JSON body {@code {"error": "..."}}.
 *
 * <p>Expected failures ({@link WorkbenchException}, bad requests) are 4xx with the engine's message; anything
 * else is a bug: 500 with a generic message, logged once with its stack trace, never leaked to the client.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(WorkbenchException.class, ErrorMapping::badRequest);
        routes.exception(HttpResponseException.class, ErrorMapping::httpStatus);
        routes.exception(Exception.class, ErrorMapping::internal);
        routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
                ctx.json(Map.of("error", "No such endpoint: " + ctx.method() + " " + ctx.path()));
            }
        });
        routes.error(405, "*", ctx -> ctx.json(Map.of("error", "Method " + ctx.method() + " is not allowed on "
                + ctx.path())));
    }

    private static void badRequest(WorkbenchException e, Context ctx) {
        ctx.status(400).json(Map.of("error", e.getMessage()));
    }

    private static void httpStatus(HttpResponseException e, Context ctx) {
        ctx.status(e.getStatus()).json(Map.of("error", e.getMessage()));
    }

    private static void internal(Exception e, Context ctx) {
        LOG.error("Unexpected failure serving {} {}", ctx.method(), ctx.path(), e);
        ctx.status(500).json(Map.of("error", "Internal server error: " + e.getClass().getSimpleName()
                + " (see the server log)"));
    }
}
