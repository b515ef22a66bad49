package io.mlworkbench.engine.registry.bundle;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxFeature;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a user of {@code model.onnx} outside the workbench does: builds the FP32 input rows from a table using only
 * the manifest (the ordered {@code onnx.features} and each input's categories), and runs the model with ONNX
 * Runtime. Also makes the seeded mixed tables the ONNX tests train on.
 */
final class OnnxRows {

    private static final String OTHER = "__other__";
    private static final String MISSING = "__missing__";

    private OnnxRows() {
    }

    /**
     * @param table rows holding the manifest's input columns
     * @param manifest the bundle's manifest
     * @return one FP32 row per table row, features in the manifest's order
     */
    static float[][] of(Table table, BundleManifest manifest) {
        Map<String, List<String>> categories = new HashMap<>();
        manifest.inputs().forEach(i -> categories.put(i.name(), i.categories()));
        List<OnnxFeature> features = manifest.onnx().features();
        float[][] rows = new float[table.rowCount()][features.size()];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < features.size(); j++) {
                OnnxFeature f = features.get(j);
                Column column = table.column(f.column());
                if (f.isIndicator()) {
                    rows[r][j] = f.category().equals(activeCategory(column, r, categories.get(f.column()),
                            features)) ? 1f : 0f;
                } else {
                    double v = ((NumericColumn) column).get(r);
                    rows[r][j] = (float) (((Double.isNaN(v) ? f.fill() : v) - f.center()) / f.scale());
                }
            }
        }
        return rows;
    }

    private static String activeCategory(Column column, int row, List<String> known, List<OnnxFeature> features) {
        if (column.isMissing(row)) {
            return hasIndicator(features, column, MISSING) ? MISSING : OTHER;
        }
        String value = column.format(row);
        return known.contains(value) ? value : OTHER;
    }

    private static boolean hasIndicator(List<OnnxFeature> features, Column column, String category) {
        return features.stream().anyMatch(f -> f.isIndicator() && f.column().equals(column.schema().name())
                && f.category().equals(category));
    }

    /**
     * Runs an ONNX model with ONNX Runtime on FP32 rows.
     *
     * @param onnx the model's bytes
     * @param section the manifest's description of its input and output
     * @param rows the input rows
     * @return the output rows
     */
    static float[][] run(byte[] onnx, OnnxSection section, float[][] rows) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(onnx, new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, rows);
             OrtSession.Result result = session.run(Map.of(section.input().name(), input))) {
            return (float[][]) result.get(section.output().name()).orElseThrow().getValue();
        }
    }

    /**
     * @param rows how many rows
     * @param seed the generator's seed
     * @param target {@code tier} (three classes) or {@code spend} (a number)
     * @return income (5% missing), age, region (five categories, one rare, 3% missing), contract, city (130 values,
 *     more than the encoding keeps, so rare ones share {@code __other__}), and the target
     */
    static Table mixed(int rows, long seed, String target) {
        Random random = new Random(seed);
        ColumnBuilder income = new ColumnBuilder(ColumnSchema.feature("income", ColumnType.DECIMAL), rows);
        ColumnBuilder age = new ColumnBuilder(ColumnSchema.feature("age", ColumnType.INTEGER), rows);
        ColumnBuilder region = new ColumnBuilder(ColumnSchema.feature("region", ColumnType.CATEGORICAL), rows);
        ColumnBuilder contract = new ColumnBuilder(ColumnSchema.feature("contract", ColumnType.CATEGORICAL), rows);
        ColumnBuilder city = new ColumnBuilder(ColumnSchema.feature("city", ColumnType.CATEGORICAL), rows);
        boolean classes = target.equals("tier");
        ColumnBuilder y = new ColumnBuilder(ColumnSchema.feature(target, classes ? ColumnType.CATEGORICAL
                : ColumnType.DECIMAL).withRole(ColumnRole.TARGET), rows);
        String[] regions = {"north", "south", "east", "west"};
        List<Double> effects = new ArrayList<>(List.of(-1.0, 0.5, 1.0, 2.0));
        for (int i = 0; i < rows; i++) {
            double money = 20_000 + random.nextDouble() * 80_000;
            int years = 18 + random.nextInt(60);
            int reg = random.nextInt(regions.length);
            boolean yearly = random.nextBoolean();
            if (random.nextDouble() < 0.05) {
                income.addMissing();
            } else {
                income.addNumber(money);
            }
            age.addNumber(years);
            if (random.nextDouble() < 0.03) {
                region.addMissing();
            } else {
                region.addString(i % 97 == 0 ? "island" : regions[reg]);
            }
            contract.addString(yearly ? "yearly" : "monthly");
            int town = random.nextInt(130);
            city.addString("c" + town);
            double score = money / 20_000 - years / 20.0 + effects.get(reg) + (yearly ? 1.5 : 0)
                    + (town % 3) * 0.3 + random.nextGaussian() * 0.7;
            if (classes) {
                y.addString(score < 1.5 ? "bronze" : score < 3.5 ? "silver" : "gold");
            } else {
                y.addNumber(100 + 40 * score);
            }
        }
        return Table.of(List.of(income, age, region, contract, city, y));
    }
}
