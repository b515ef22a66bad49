package io.mlworkbench.app.cli;

import io.mlworkbench.app.training.CsvTableReader;
import io.mlworkbench.app.training.DatasetChoice;
import io.mlworkbench.app.training.SampleTrainingData;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the {@code DATASET} argument of {@code workbench train} into a table: {@code sample:churn} for the
 * generated churn sample, or the path of a CSV file.
 */
final class DatasetArgument {

    private static final int SAMPLE_ROWS = 5000;

    private DatasetArgument() {
    }

    /**
     * @param argument the argument as typed
     * @return the table
     * @throws WorkbenchException when it names neither the sample nor a readable file
     */
    static Table load(String argument) {
        if (SampleTrainingData.CHURN.equals(argument)) {
            SampleTrainingData sample = new SampleTrainingData(SAMPLE_ROWS, "churn sample");
            return sample.load(new DatasetChoice(SampleTrainingData.CHURN, "churn sample", java.util.Optional.empty()));
        }
        Path file = Path.of(argument);
        if (!Files.isRegularFile(file)) {
            throw new WorkbenchException("Dataset '" + argument + "' is neither " + SampleTrainingData.CHURN
                    + " nor a CSV file that exists");
        }
        return new CsvTableReader().read(file);
    }
}
