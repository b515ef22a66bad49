package io.mlworkbench.server;

import io.mlworkbench.engine.WorkbenchException;

/**
 * How the prediction server listens.
 *
 * @param host the interface to bind, e.g. {@code 127.0.0.1} (the default: only this machine)
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 */
public record ServerConfig(String host, long maxRequestBytes) {

    /** Rejects a blank host and a non-positive size limit. */
    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new WorkbenchException("Server host must not be blank (e.g. 127.0.0.1 or 0.0.0.0)");
        }
        if (maxRequestBytes <= 0) {
            throw new WorkbenchException("Server max request size must be positive, got " + maxRequestBytes);
        }
    }

    /** @return loopback only, 16 MiB request limit */
    public static ServerConfig localDefaults() {
        return new ServerConfig("127.0.0.1", 16L * 1024 * 1024);
    }
}
