package io.mlworkbench.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunChoiceTest {

    private static RunChoice run(String experiment) {
        return new RunChoice(12, experiment, "random_forest", "Random forest", "roc_auc 0.9163");
    }

    @Test
    void suggestsAModelNameFromTheTableAndTarget() {
        assertThat(run("adult@v1 (32,561 rows \u00d7 15 columns) \u2192 income").suggestedModelName())
                .isEqualTo("adult-income");
        assertThat(run("wine white@v2 (4,898 rows \u00d7 12 columns) \u2192 quality").suggestedModelName())
                .isEqualTo("wine-white-quality");
        assertThat(run("churn").suggestedModelName()).isEqualTo("churn");
    }

    @Test
    void filterMatchesEveryWordIgnoringCase() {
        RunChoice choice = run("adult@v1 (32,561 rows \u00d7 15 columns) \u2192 income");
        assertThat(choice.matches("")).isTrue();
        assertThat(choice.matches("ADULT forest")).isTrue();
        assertThat(choice.matches("adult boosted")).isFalse();
        assertThat(choice.matches("12")).isTrue();
    }

    @Test
    void describesWhereTheRunCameFrom() {
        assertThat(run("adult@v1 \u2192 income").description())
                .isEqualTo("#12 Random forest \u00b7 adult@v1 \u2192 income \u00b7 roc_auc 0.9163");
    }
}
