package io.mlworkbench.engine.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A token throws once cancelled, and not before. */
class CancellationTokenTest {

    @Test
    void throwsOnlyAfterCancel() {
        CancellationSource token = new CancellationSource();
        assertThatCode(() -> token.throwIfCancelled("the import")).doesNotThrowAnyException();
        assertThat(token.isCancelled()).isFalse();

        token.cancel();

        assertThat(token.isCancelled()).isTrue();
        assertThatThrownBy(() -> token.throwIfCancelled("the import")).isInstanceOf(OperationCancelledException.class)
                .hasMessageContaining("Cancelled: the import was stopped").hasMessageContaining("nothing was kept");
    }

    @Test
    void neverTokenIsNeverCancelled() {
        assertThat(CancellationToken.never().isCancelled()).isFalse();
    }
}
