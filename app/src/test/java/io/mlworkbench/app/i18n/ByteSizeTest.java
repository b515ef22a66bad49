package io.mlworkbench.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void smallSizesAreBytes() {
        assertThat(ByteSize.format(0)).isEqualTo("0 B");
        assertThat(ByteSize.format(1023)).isEqualTo("1023 B");
    }

    @Test
    void largerSizesUseTheLargestUnitAboveOne() {
        assertThat(ByteSize.format(1024)).isEqualTo("1.0 KB");
        assertThat(ByteSize.format(1536 * 1024)).isEqualTo("1.5 MB");
        assertThat(ByteSize.format(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
    }
}
