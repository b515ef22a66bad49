package io.mlworkbench.app.cli;

import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.bundle.BundleExportOptions;
import io.mlworkbench.engine.registry.bundle.BundleKeys;
import io.mlworkbench.engine.registry.bundle.ExportedBundle;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench models export URI --out FILE.mlwb [--sign KEY.pem] [--no-onnx]}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a version as a .mlwb bundle.")
public final class ModelsExportCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private ModelsCommand parent;

    @Parameters(paramLabel = "URI", description = "The version, e.g. models:/churn@champion.")
    private String uri;

    @Option(names = "--out", required = true, paramLabel = "FILE.mlwb", description = "The bundle to write.")
    private Path out;

    @Option(names = "--sign", paramLabel = "KEY.pem", description = "Sign with this key (from 'models keygen').")
    private Path key;

    @Option(names = "--onnx", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Include model.onnx when the model is linear (default: ${DEFAULT-VALUE}).")
    private boolean onnx;

    /** @param context where to write */
    public ModelsExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ModelUri target = ModelUri.parse(uri);
        BundleExportOptions options = BundleExportOptions.defaults()
                .withSigningKey(Optional.ofNullable(key).map(BundleKeys::readSigningKey)).withOnnx(onnx);
        ExportedBundle bundle = parent.withRegistry((services, actor) ->
                services.exporter().export(actor, target, out, options));
        context.output().line("Exported " + bundle.manifest().modelName() + " v" + bundle.manifest().modelVersion()
                + " to " + bundle.file() + " (" + bundle.bytes() + " bytes, " + bundle.manifest().entries().size()
                + " entries" + bundle.signer().map(s -> ", signed by key " + s).orElse(", unsigned") + ")");
        context.output().line("ONNX:          " + ModelsText.onnx(bundle.manifest().onnx()));
        return ExitCode.OK;
    }
}
