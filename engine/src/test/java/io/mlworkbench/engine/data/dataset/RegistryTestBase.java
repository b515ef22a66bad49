package io.mlworkbench.engine.data.dataset;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh in-memory registry and temporary folder for each test. */
abstract class RegistryTestBase {

    @TempDir
    Path temp;
    TestRegistry registry;

    @BeforeEach
    void openRegistry() {
        registry = new TestRegistry(temp);
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }
}
