package io.mlworkbench.engine.training.bench;

import io.mlworkbench.engine.training.ModelTrainer;
import io.mlworkbench.engine.training.TrainedModel;
import io.mlworkbench.engine.training.TrainingSpec;
import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.encoding.EncodingException;
import io.mlworkbench.engine.training.evaluation.ClassificationEvaluation;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import io.mlworkbench.engine.training.evaluation.RegressionEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Trains the workbench's default models on the shared datasets' fixed 80/20 splits and writes time and quality
 * as CSV, in the columns of the scikit-learn baseline's {@code results/sklearn.csv}.
 *
 * <p>Timing covers what scikit-learn's {@code pipeline.fit} covers: fitting the encoding (one-hot, medians,
 * scaling), building the training examples and fitting the model; median of 3 repeats. Usage:
 * {@code TrainingBenchmark OUT.csv [task ...]} with tasks among adult, bank, wine_good, iris, wine_quality_reg;
 * {@code -Dthreads=N} sets the threads an algorithm may use (default: all cores). Exits 0 with a message when
 * the shared datasets are absent.
 */
public final class TrainingBenchmark {

    private static final int REPEATS = 3;

    private TrainingBenchmark() {
    }

    /**
     * @param args the output CSV, then task names (all when none)
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Optional<SharedDatasets> shared = SharedDatasets.locate();
        if (shared.isEmpty()) {
            System.out.println("Shared datasets not found (set SHARED_DIR); nothing to benchmark.");
            return;
        }
        Path out = Path.of(args.length > 0 ? args[0] : "training-java.csv");
        List<String> tasks = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("adult", "bank", "wine_good", "iris", "wine_quality_reg");
        int threads = Integer.getInteger("threads", Runtime.getRuntime().availableProcessors());
        List<String> algorithms = Arrays.asList(System.getProperty("algorithms", "").split(","));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("dataset,tool,model,n_train,n_test,accuracy,roc_auc,macro_f1,rmse,mae,r2,train_s_median,"
                    + "train_s_all,threads");
            for (String name : tasks) {
                SharedDatasets.Task task = load(shared.get(), name);
                TaskType type = name.equals("wine_quality_reg") ? TaskType.REGRESSION : TaskType.CLASSIFICATION;
                for (String algorithm : algorithmsFor(name, type)) {
                    if (!algorithms.get(0).isEmpty() && !algorithms.contains(algorithm)) {
                        continue;
                    }
                    String line = run(task, type, algorithm, threads);
                    System.out.println(line);
                    w.println(line);
                    w.flush();
                }
            }
        }
    }

    private static SharedDatasets.Task load(SharedDatasets shared, String name) throws IOException {
        return switch (name) {
            case "adult" -> shared.adult();
            case "bank" -> shared.bank();
            case "wine_good" -> shared.wine(true);
            case "wine_quality_reg" -> shared.wine(false);
            case "iris" -> shared.iris();
            default -> throw new IllegalArgumentException("Unknown task " + name);
        };
    }

    private static List<String> algorithmsFor(String name, TaskType type) {
        if (type == TaskType.REGRESSION) {
            return AlgorithmCatalog.standard().specs(type).stream().map(s -> s.id()).toList();
        }
        List<String> list = new ArrayList<>(List.of("logistic_regression", "linear_svm", "decision_tree",
                "random_forest", "gradient_boosting", "naive_bayes"));
        if (!name.equals("adult") && !name.equals("bank")) {
            list.add("k_nearest_neighbours");
        }
        return list;
    }

    private static String run(SharedDatasets.Task task, TaskType type, String algorithm, int threads) {
        ModelTrainer trainer = new ModelTrainer(AlgorithmCatalog.standard(), threads);
        TrainingSpec spec = new TrainingSpec(Optional.of(task.target()), Optional.of(type), algorithm, Map.of(), 42,
                null, 0, Optional.ofNullable(task.positiveLabel()));
        ModelTrainer.Problem problem = trainer.problem(task.table(), spec);
        double[] seconds = new double[REPEATS];
        TrainedModel model = null;
        try {
            for (int r = 0; r < REPEATS; r++) {
                long t0 = System.nanoTime();
                model = trainer.fit(task.table(), problem, algorithm, AlgorithmCatalog.standard().spec(algorithm)
                        .resolve(overrides()), 42, task.train());
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
        } catch (EncodingException e) {
            return String.join(",", task.name(), "workbench", algorithm, "", "", "", "", "", "", "", "", "",
                    "\"n/a: " + e.getMessage().replace('"', '\'') + "\"", String.valueOf(threads));
        }
        int[] test = IntStream.of(task.test()).filter(r -> !task.table().column(task.target()).isMissing(r)).toArray();
        Evaluation e = model.evaluate(task.table(), test, task.positiveLabel());
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        String acc = "";
        String auc = "";
        String f1 = "";
        String rmse = "";
        String mae = "";
        String r2 = "";
        if (e instanceof ClassificationEvaluation c) {
            acc = fmt(c.accuracy());
            auc = c.labels().size() == 2 ? fmt(c.rocAuc()) : "";
            f1 = fmt(c.macroF1());
        } else if (e instanceof RegressionEvaluation g) {
            rmse = fmt(g.rmse());
            mae = fmt(g.mae());
            r2 = fmt(g.r2());
        }
        return String.join(",", task.name(), "workbench", algorithm, String.valueOf(task.train().length),
                String.valueOf(test.length), acc, auc, f1, rmse, mae, r2, String.format(Locale.ROOT, "%.3f", sorted[1]),
                Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.3f", s))
                        .reduce((a, b) -> a + ";" + b).orElse(""), String.valueOf(threads));
    }

    /** @return hyperparameters from {@code -Dparams=name=value;name=value}, for exploring; defaults otherwise */
    private static Map<String, Object> overrides() {
        Map<String, Object> m = new java.util.HashMap<>();
        for (String kv : System.getProperty("params", "").split(";")) {
            if (kv.contains("=")) {
                m.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        return m;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

}
