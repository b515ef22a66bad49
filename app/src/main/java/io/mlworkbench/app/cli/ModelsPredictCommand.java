package io.mlworkbench.app.cli;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.serving.LoadedModel;
import io.mlworkbench.engine.serving.PredictionCsv;
import io.mlworkbench.engine.serving.ScoringFileReader;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.store.AtomicFile;
import io.mlworkbench.engine.training.TrainedModel.RowPrediction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench models predict URI FILE [--out FILE.csv] [--limit N]}: scores the rows of a file with a
 * registered version and writes them back with {@code prediction} (and one {@code probability_<label>} per class)
 * as CSV. The file is read like an import but stored nowhere; {@code --out} appears only when complete.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Score the rows of a CSV file with a registered version; write them with the predictions as CSV.")
public final class ModelsPredictCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private ModelsCommand parent;

    @Parameters(index = "0", paramLabel = "URI", description = "The version, e.g. models:/churn@champion.")
    private String uri;

    @Parameters(index = "1", paramLabel = "FILE", description = "The rows to score, with a header row.")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write here instead of standard output.")
    private Path out;

    @Option(names = "--names", split = ",", paramLabel = "NAME",
            description = "Name the file's columns, in order (for a file without a header row).")
    private List<String> names = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N rows.")
    private Integer limit;

    /** @param context where to write */
    public ModelsPredictCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (limit != null && limit < 1) {
            throw new WorkbenchException("--limit must be 1 or more, got " + limit);
        }
        ModelUri target = ModelUri.parse(uri);
        long start = System.nanoTime();
        Scored scored = parent.withSession(session -> {
            LoadedModel model = session.scorer().load(session.actor(), target);
            Table rows = new ScoringFileReader(session.datasets()).read(file,
                    names.stream().map(String::strip).toList(), model, ProgressListener.ignoring(),
                    CancellationToken.never());
            Table chosen = limit == null ? rows : rows.head(limit);
            return new Scored(model, chosen, model.score(chosen));
        });
        if (out == null) {
            PredictionCsv.write(scored.model(), scored.rows(), scored.predictions(), context.output().out());
        } else {
            writeAtomically(scored);
        }
        context.output().error(String.format(Locale.ROOT, "Scored %d rows of %s with %s (%s v%d) in %.2f s%s",
                scored.rows().rowCount(), file.getFileName(), target, scored.model().version().modelName(),
                scored.model().version().version(), (System.nanoTime() - start) / 1e9,
                out == null ? "" : "; wrote " + out));
        return ExitCode.OK;
    }

    private record Scored(LoadedModel model, Table rows, List<RowPrediction> predictions) {
    }

    private void writeAtomically(Scored scored) {
        try {
            AtomicFile.write(out, file -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                PredictionCsv.write(scored.model(), scored.rows(), scored.predictions(), writer);
                writer.flush();
            });
        } catch (IOException e) {
            throw new WorkbenchException("Cannot write the predictions to " + out + ": " + e.getMessage(), e);
        }
    }
}
