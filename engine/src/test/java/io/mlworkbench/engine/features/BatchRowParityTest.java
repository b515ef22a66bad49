package io.mlworkbench.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.step.StepCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batch path and the single-row path give identical values on every row of real data. */
class BatchRowParityTest {

    private static final Path SHARED = Path.of("..", "..", "shared", "datasets");
    private static final List<String> ADULT = List.of("age", "workclass", "fnlwgt", "education", "education-num",
            "marital-status", "occupation", "relationship", "race", "sex", "capital-gain", "capital-loss",
            "hours-per-week", "native-country", "income");
    private static final List<String> IRIS = List.of("sepal_length", "sepal_width", "petal_length", "petal_width",
            "class");

    private final StepCatalog catalog = StepCatalog.standard();
    private final PipelineFitter fitter = new PipelineFitter(catalog);

    private static Path sampleChurn() {
        Path p = Path.of("..", "sample-datasets", "churn.csv");
        return Files.exists(p) ? p : Path.of("sample-datasets", "churn.csv");
    }

    @Test
    void churnSampleGivesIdenticalValuesOnEveryRow() throws IOException {
        Table churn = CsvTestTables.read(sampleChurn(), ',', null, Set.of(), 0, "churn", UnaryOperator.identity());
        PipelineDefinition definition = PipelineDefinition.of("churn", List.of(
                StepSpec.of("impute", "columns", List.of("total_charges"), "strategy", "median",
                        "add_indicator", true),
                StepSpec.of("derive", "name", "charge_per_month", "expression",
                        "total_charges / (tenure_months + 1)"),
                StepSpec.of("derive", "name", "senior_high_spender", "expression",
                        "senior_citizen == 1 and monthly_charges > 70"),
                StepSpec.of("derive", "name", "tenure_band", "expression",
                        "if(tenure_months > 24, 'long', 'short')"),
                StepSpec.of("one_hot", "columns", List.of("contract", "internet_service", "tenure_band"), "top_k", 2),
                StepSpec.of("target_encode", "columns", List.of("payment_method")),
                StepSpec.of("ordinal", "columns", List.of("partner", "dependents")),
                StepSpec.of("date_parts", "column", "signup_date", "parts",
                        List.of("year", "month", "weekday", "days_since")),
                StepSpec.of("power", "columns", List.of("monthly_charges")),
                StepSpec.of("clip", "columns", List.of("support_tickets")),
                StepSpec.of("bin", "columns", List.of("tenure_months"), "method", "equal_width", "bins", 6),
                StepSpec.of("log", "columns", List.of("total_charges")),
                StepSpec.of("scale", "columns", List.of("charge_per_month"), "method", "robust"),
                StepSpec.of("text_stats", "columns", List.of("customer_id"), "keep_original", true),
                StepSpec.of("drop", "columns", List.of("customer_id")),
                StepSpec.of("rename", "column", "gender", "new_name", "sex")));
        int[] training = IntStream.range(0, churn.rowCount()).filter(r -> r % 5 != 0).toArray();
        FittedPipeline pipeline = fitter.fit(definition, churn, training, 42, (d, t, m) -> { },
                () -> false).pipeline();
        assertIdentical(pipeline, churn);
    }

    @Test
    void everySharedDatasetGivesIdenticalValuesOnEveryRow() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "the shared datasets are not present");
        UnaryOperator<String> noDot = v -> v.endsWith("K.") ? v.substring(0, v.length() - 1) : v;
        check(CsvTestTables.read(SHARED.resolve("adult/adult.data"), ',', ADULT, Set.of("?"), 0, "income", noDot),
                "income");
        check(CsvTestTables.read(SHARED.resolve("adult/adult.test"), ',', ADULT, Set.of("?"), 1, "income", noDot),
                "income");
        check(CsvTestTables.read(SHARED.resolve("bank-marketing/bank-full.csv"), ';', null, Set.of(), 0, "y",
                UnaryOperator.identity()), "y");
        for (String wine : List.of("winequality-red.csv", "winequality-white.csv")) {
            check(CsvTestTables.read(SHARED.resolve("wine-quality").resolve(wine), ';', null, Set.of(), 0, "quality",
                    UnaryOperator.identity()), "quality");
        }
        for (String iris : List.of("iris.data", "bezdekIris.data")) {
            check(CsvTestTables.read(SHARED.resolve("iris").resolve(iris), ',', IRIS, Set.of(), 0, "class",
                    UnaryOperator.identity()), "class");
        }
    }

    /** A generic pipeline: impute, one-hot with top-k, ordinal, power, scale, a derived ratio, clip, bin. */
    private void check(Table table, String target) {
        List<String> numeric = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ColumnSchema c : table.schema().columns()) {
            if (!c.name().equals(target)) {
                (c.type() == ColumnType.CATEGORICAL ? labels : numeric).add(c.name());
            }
        }
        List<StepSpec> steps = new ArrayList<>();
        steps.add(StepSpec.of("impute", "columns", numeric, "strategy", "median", "add_indicator", true));
        steps.add(StepSpec.of("derive", "name", "ratio", "expression",
                "`" + numeric.get(0) + "` / (abs(`" + numeric.get(1) + "`) + 1)"));
        steps.add(StepSpec.of("clip", "columns", List.of(numeric.get(0)), "method", "iqr"));
        steps.add(StepSpec.of("bin", "columns", List.of(numeric.get(1)), "bins", 4));
        steps.add(StepSpec.of("power", "columns", numeric.subList(2, numeric.size())));
        steps.add(StepSpec.of("scale", "columns", List.of("ratio")));
        if (!labels.isEmpty()) {
            steps.add(StepSpec.of("impute", "columns", labels, "strategy", "most_frequent"));
            steps.add(StepSpec.of("one_hot", "columns", labels.subList(1, labels.size()), "top_k", 8));
            steps.add(StepSpec.of("ordinal", "columns", labels.subList(0, 1)));
        }
        int[] training = IntStream.range(0, table.rowCount()).filter(r -> r % 4 != 0).toArray();
        FittedPipeline pipeline = fitter.fit(PipelineDefinition.of(target, steps), table, training, 1,
                (d, t, m) -> { }, () -> false).pipeline();
        assertIdentical(pipeline, table);
    }

    private static void assertIdentical(FittedPipeline pipeline, Table input) {
        Table batch = pipeline.transform(input);
        List<String> features = pipeline.outputSchema().names();
        for (int r = 0; r < input.rowCount(); r++) {
            Map<String, Object> expected = new LinkedHashMap<>(TestTables.row(batch, r));
            expected.keySet().retainAll(features);
            Map<String, Object> single = pipeline.transformRow(TestTables.row(input, r));
            if (!single.equals(expected)) {
                assertThat(single).as("row " + r).isEqualTo(expected);
            }
        }
        assertThat(batch.rowCount()).isEqualTo(input.rowCount());
    }
}
