/**
 * The embedded prediction server: Javalin over the engine, no JavaFX.
 *
 * <p>Shaped like Javalin itself: {@link io.mlworkbench.server.PredictionServer#create(ServerConfig)},
 * {@code start(port)}, {@code port()}, {@code stop()}. Handlers are method references on small classes; they
 * throw, and {@link io.mlworkbench.server.ErrorMapping} turns every exception into an HTTP status with a JSON body.
 */
package io.mlworkbench.server;
