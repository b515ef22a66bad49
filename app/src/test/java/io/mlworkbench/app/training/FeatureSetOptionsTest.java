package io.mlworkbench.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FeatureSetOptionsTest {

    private static final FeatureSetChoice RAW = FeatureSetChoice.raw("Raw columns", "");
    private static final FeatureSetChoice BASICS = new FeatureSetChoice(Optional.of(7L), "basics", "basics v2", "");

    private final AtomicInteger changes = new AtomicInteger();
    private final FeatureSetOptions options = new FeatureSetOptions(RAW, changes::incrementAndGet);

    @Test
    void choosingFeaturesTellsTheListenerButResettingDoesNot() {
        options.replace(List.of(BASICS));
        options.chosenProperty().set(BASICS);
        assertThat(changes).hasValue(1);

        options.reset();

        assertThat(options.chosen()).isEqualTo(RAW);
        assertThat(changes).hasValue(1);
    }

    @Test
    void replacingKeepsAChoiceStillOfferedWithoutTellingTheListener() {
        options.replace(List.of(BASICS));
        options.chosenProperty().set(BASICS);
        changes.set(0);

        assertThat(options.replace(List.of(BASICS))).isTrue();

        assertThat(options.choices()).containsExactly(RAW, BASICS);
        assertThat(options.chosen()).isEqualTo(BASICS);
        assertThat(changes).hasValue(0);
    }

    @Test
    void aChoiceNoLongerOfferedFallsBackToRawColumns() {
        options.replace(List.of(BASICS));
        options.chosenProperty().set(BASICS);

        assertThat(options.replace(List.of())).isFalse();

        assertThat(options.choices()).containsExactly(RAW);
        assertThat(options.chosen()).isEqualTo(RAW);
    }

    @Test
    void anEmptyValueFromABoundComboBoxReadsAsRawColumns() {
        options.chosenProperty().set(null);
        assertThat(options.chosen()).isEqualTo(RAW);
    }
}
