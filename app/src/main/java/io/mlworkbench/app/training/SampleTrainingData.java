package io.mlworkbench.app.training;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.sample.ChurnDataGenerator;
import io.mlworkbench.engine.project.Project;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

/**
 * Offers the generated churn sample, so a first model can be trained before anything is imported.
 */
public final class SampleTrainingData implements TrainingData {

    /** The key of the churn sample. */
    public static final String CHURN = "sample:churn";

    private static final long SEED = 7;

    private final int rows;
    private final String label;

    /**
     * @param rows rows to generate
     * @param label the label shown for the sample
     */
    public SampleTrainingData(int rows, String label) {
        this.rows = rows;
        this.label = label;
    }

    @Override
    public List<DatasetChoice> choices(Project project) {
        return List.of(new DatasetChoice(CHURN, label, Optional.empty()));
    }

    @Override
    public Table load(DatasetChoice choice) {
        if (!CHURN.equals(choice.key())) {
            throw new WorkbenchException("Unknown sample '" + choice.key() + "'; expected " + CHURN);
        }
        StringWriter csv = new StringWriter();
        new ChurnDataGenerator(SEED, 0).write(csv, rows);
        return new CsvTableReader().read(new StringReader(csv.toString()), "churn sample");
    }
}
