package io.mlworkbench.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path temp;

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = temp.resolve("sub/out.csv");

        AtomicFile.write(target, out -> out.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("a,b\n1,2");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(temp.resolve("out.csv"), "old");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }
}
