package io.mlworkbench.app.cli;

import io.mlworkbench.engine.registry.bundle.BundleKeys;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code workbench models keygen --out DIR}: an Ed25519 team key pair for signing bundles. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Generate an Ed25519 key pair (PEM) for signing bundles.")
public final class ModelsKeygenCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the two PEM files.")
    private Path out;

    /** @param context where to write */
    public ModelsKeygenCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KeyPair pair = BundleKeys.generate(out);
        context.output().line("Wrote " + out.resolve(BundleKeys.PRIVATE_FILE) + " (keep it secret; --sign uses it)");
        context.output().line("Wrote " + out.resolve(BundleKeys.PUBLIC_FILE) + " (share it; key "
                + BundleKeys.fingerprint(pair.getPublic()) + ")");
        return ExitCode.OK;
    }
}
