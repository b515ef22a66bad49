package io.mlworkbench.app.cli;

import io.mlworkbench.engine.registry.RunMetric;
import io.mlworkbench.engine.registry.bundle.BundleLineage;
import io.mlworkbench.engine.registry.bundle.BundlePreview;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxSection;
import java.util.List;
import java.util.Locale;

/** Prints the registry's values for {@code workbench models}: metrics, bundle previews. */
final class ModelsText {

    private ModelsText() {
    }

    static void metrics(CliOutput out, List<RunMetric> metrics) {
        out.line("Metrics:");
        for (RunMetric m : metrics) {
            if (m.step() == 0 && !"cv".equals(m.split())) {
                out.line(String.format(Locale.ROOT, "  %-10s %-22s %.4f", m.split(), m.name(), m.value()));
            }
        }
    }

    /**
     * @param onnx the manifest's ONNX section
     * @return e.g. {@code model.onnx, input 'input' FP32 [-1, 5] -> output 'output' FP32 [-1, 2]: probabilities of
     *     [no, yes]}, or {@code not included: } and why
     */
    static String onnx(OnnxSection onnx) {
        if (!onnx.included()) {
            return "not included: " + onnx.note();
        }
        return onnx.entry() + ", input '" + onnx.input().name() + "' " + onnx.input().datatype() + " "
                + onnx.input().shape() + " -> output '" + onnx.output().name() + "' " + onnx.output().datatype() + " "
                + onnx.output().shape() + ": " + onnx.outputKind() + " of " + onnx.outputLabels();
    }

    static void preview(CliOutput out, BundlePreview preview) {
        BundleLineage lineage = preview.lineage();
        out.line("Bundle:        " + preview.manifest().modelName() + " v" + preview.manifest().modelVersion()
                + " (format " + preview.manifest().formatVersion() + ", written " + preview.manifest().createdAt()
                + " by " + preview.manifest().createdBy() + ")");
        out.line("Source:        " + lineage.sourceUri() + ", run " + lineage.runId() + " in " + lineage.project()
                + "/" + lineage.experiment());
        out.line("Algorithm:     " + lineage.algorithm() + " (seed " + lineage.seed() + "), trained by "
                + lineage.trainedBy() + " at " + lineage.startedAt());
        out.line("Dataset:       " + lineage.datasetLabel());
        out.line("Pipeline:      " + lineage.pipelineLabel());
        out.line("Inputs:        " + String.join(", ", preview.manifest().inputs().stream()
                .map(f -> f.name() + ":" + f.type()).toList()));
        out.line("Predicts:      " + preview.manifest().output().name() + " (" + preview.manifest().output().task()
                + ")");
        out.line("Entries:       " + String.join(", ", preview.manifest().entries().stream()
                .map(e -> e.name()).toList()));
        out.line("ONNX:          " + onnx(preview.manifest().onnx()));
        metrics(out, preview.metrics());
        out.line("Checks:");
        preview.checks().forEach(c -> out.line("  ok  " + c));
    }
}
