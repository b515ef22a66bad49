package io.mlworkbench.engine.training.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mlworkbench.engine.WorkbenchException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected p-values from SciPy 1.10 (Debian): {@code 2 * scipy.stats.t.sf(|t|, df)},
 * {@code scipy.stats.chi2.sf(x, df)} and {@code 2 * scipy.stats.binom.cdf(k, n, 0.5)}.
 */
class ModelComparisonTest {

    @Test
    void studentTailsMatchScipy() {
        assertThat(Distributions.studentTwoSided(2.5, 3)).isCloseTo(0.08770664700806555, within(1e-10));
        assertThat(Distributions.studentTwoSided(0.3, 10)).isCloseTo(0.7703206075657987, within(1e-10));
        assertThat(Distributions.studentTwoSided(-7.1, 2)).isCloseTo(0.019265915940151212, within(1e-10));
    }

    @Test
    void chiSquareTailsMatchScipy() {
        assertThat(Distributions.chiSquareSurvival(3.84, 1)).isCloseTo(0.05004352124870519, within(1e-10));
        assertThat(Distributions.chiSquareSurvival(10.5, 3)).isCloseTo(0.014760897143990665, within(1e-10));
    }

    @Test
    void correctedResampledTTestMatchesHandComputationWithScipyTail() {
        ComparisonResult r = CorrectedResampledTTest.test("A", "B", "roc_auc", List.of(0.91, 0.89, 0.93, 0.90, 0.92),
                List.of(0.90, 0.885, 0.915, 0.897, 0.905), 1.0 / 4);
        assertThat(r.statistic()).isCloseTo(2.5786334848812165, within(1e-10));
        assertThat(r.pValue()).isCloseTo(0.06141597352517046, within(1e-10));
        assertThat(r.significant()).isFalse();
        assertThat(r.explanation()).contains("5 cross-validation folds", "A's roc_auc was higher", "p = 0.0614",
                "do not show a real difference");
    }

    @Test
    void mcNemarUsesContinuityCorrectedChiSquareForManyDiscordantRows() {
        boolean[][] rows = discordant(40, 22, 100);
        ComparisonResult r = McNemarTest.test("run 1", "run 2", rows[0], rows[1]);
        assertThat(r.statistic()).isCloseTo(4.661290322580645, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.030849999436874987, within(1e-10));
        assertThat(r.significant()).isTrue();
        assertThat(r.explanation()).contains("run 1 was right where run 2 was wrong 40 times", "reverse 22 times",
                "unlikely to be chance");
    }

    @Test
    void mcNemarUsesExactBinomialForFewDiscordantRows() {
        boolean[][] rows = discordant(2, 9, 30);
        ComparisonResult r = McNemarTest.test("a", "b", rows[0], rows[1]);
        assertThat(r.pValue()).isCloseTo(0.0654296875, within(1e-12));
        assertThat(r.explanation()).contains("exact binomial");
    }

    @Test
    void identicalModelsHavePValueOne() {
        boolean[] same = {true, false, true};
        assertThat(McNemarTest.test("a", "b", same, same).pValue()).isEqualTo(1.0);
        assertThat(CorrectedResampledTTest.test("a", "b", "accuracy", List.of(0.8, 0.9), List.of(0.8, 0.9), 1)
                .pValue()).isEqualTo(1.0);
    }

    @Test
    void comparisonWithoutSharedRowsOrFoldsSaysWhatIsNeeded() {
        assertThatThrownBy(() -> ModelComparison.compare("a", "b", null, null, List.of(), List.of(), "roc_auc"))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("same seed");
    }

    private static boolean[][] discordant(int onlyA, int onlyB, int agreeing) {
        int n = onlyA + onlyB + agreeing;
        boolean[] a = new boolean[n];
        boolean[] b = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = i < onlyA || i >= onlyA + onlyB;
            b[i] = (i >= onlyA && i < onlyA + onlyB) || i >= onlyA + onlyB;
        }
        return new boolean[][] {a, b};
    }
}
