package io.mlworkbench.engine.data.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the reference data that the numpy cross-checks were computed on. */
final class ProfileResources {

    private ProfileResources() {
    }

    /** @return 1,000 values drawn by numpy (default_rng(7).normal(50, 12), rounded to 3 decimals) */
    static Double[] normal1000() throws IOException {
        try (InputStream in = ProfileResources.class.getResourceAsStream("/profile/normal1000.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().map(Double::valueOf)
                    .toArray(Double[]::new);
        }
    }
}
