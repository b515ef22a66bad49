package io.mlworkbench.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionCsvTest {

    @Test
    void addedColumnsKeepTheirNamesWhenFree() {
        assertThat(PredictionCsv.outputNames(List.of("tenure", "plan"), List.of("prediction", "probability_no")))
                .containsExactly("prediction", "probability_no");
    }

    @Test
    void anInputColumnCalledPredictionIsNotDuplicated() {
        assertThat(PredictionCsv.outputNames(List.of("prediction", "prediction_2", "probability_no"),
                List.of("prediction", "probability_no", "probability_yes")))
                .containsExactly("prediction_3", "probability_no_2", "probability_yes");
    }
}
