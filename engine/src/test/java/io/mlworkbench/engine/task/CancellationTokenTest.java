package io.mlworkbench.engine.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** A token throws once cancelled, and not before. */
class CancellationTokenTest {

    @Test
    void throwsOnlyAfterCancel() {
        CancellationToken token = CancellationToken.create();
        assertThatCode(token::throwIfCancelled).doesNotThrowAnyException();
        assertThat(token.isCancelled()).isFalse();

        token.cancel();

        assertThat(token.isCancelled()).isTrue();
        assertThatThrownBy(token::throwIfCancelled).isInstanceOf(CancelledException.class)
                .hasMessageContaining("nothing was saved");
    }
}
