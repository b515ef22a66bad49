package io.mlworkbench.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StepRegistryTest {

    @Test
    void registeringAStepTwiceIsABug() {
        StepRegistry registry = new StepRegistry();
        registry.register(new NavigationEntry(LifecycleStep.IMPORT, "Import"), () -> null);
        assertThatThrownBy(() -> registry.register(new NavigationEntry(LifecycleStep.IMPORT, "Import"), () -> null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void registryListsStepsInLifecycleOrder() {
        StepRegistry registry = new StepRegistry();
        registry.register(new NavigationEntry(LifecycleStep.RETRAIN, "Retrain"), () -> null);
        registry.register(new NavigationEntry(LifecycleStep.OVERVIEW, "Overview"), () -> null);
        registry.register(new NavigationEntry(LifecycleStep.IMPORT, "Import"), () -> null);
        assertThat(registry.entries()).extracting(NavigationEntry::step)
                .containsExactly(LifecycleStep.OVERVIEW, LifecycleStep.IMPORT, LifecycleStep.RETRAIN);
    }
}
