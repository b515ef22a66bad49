package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.registry.RunMetric;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxSection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code model-card.html}: intended use, data, model, metrics and limitations, generated from the lineage,
 * the manifest's schemas and the stored metrics. Self-contained HTML, no scripts.
 */
final class ModelCardWriter {

    private ModelCardWriter() {
    }

    static byte[] write(BundleManifest manifest, BundleLineage lineage, List<RunMetric> metrics,
                        boolean hasValidation) {
        OutputField output = manifest.output();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Model card: ")
                .append(escape(manifest.modelName())).append(" v").append(manifest.modelVersion())
                .append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;"
                        + "text-align:left}th{background:#f3f3f3}</style></head><body>\n");
        html.append("<h1>").append(escape(manifest.modelName())).append(" &mdash; version ")
                .append(manifest.modelVersion()).append("</h1>\n<p>").append(escape(lineage.description()))
                .append("</p>\n");
        html.append("<h2>Intended use</h2>\n<p>Predicts <b>").append(escape(output.name())).append("</b> (")
                .append(escape(output.task())).append(output.labels().isEmpty() ? ""
                        : ", classes " + escape(String.join(", ", output.labels())))
                .append(") from ").append(manifest.inputs().size()).append(" input columns, for records drawn from"
                        + " the same population as the training data below. It is a decision aid: review its"
                        + " predictions before acting on them.</p>\n");
        html.append("<h2>Data</h2>\n<ul><li>Dataset: ").append(escape(lineage.datasetLabel()))
                .append("</li><li>Feature pipeline: ").append(escape(lineage.pipelineLabel()))
                .append("</li><li>Validation suite: ").append(hasValidation ? "included in this bundle"
                        : "none recorded for this dataset").append("</li><li>Inputs: ")
                .append(escape(String.join(", ", manifest.inputs().stream().map(InputField::name).toList())))
                .append("</li></ul>\n");
        html.append("<h2>Model</h2>\n<ul><li>Algorithm: ").append(escape(lineage.algorithm()))
                .append("</li><li>Seed: ").append(lineage.seed()).append("</li><li>Trained by ")
                .append(escape(lineage.trainedBy())).append(" at ").append(escape(lineage.startedAt()))
                .append(" in project ").append(escape(lineage.project())).append(", experiment ")
                .append(escape(lineage.experiment())).append(", run ").append(lineage.runId())
                .append("</li><li>Libraries: ");
        manifest.libraries().forEach((k, v) -> html.append(escape(k)).append(' ').append(escape(v)).append("; "));
        html.append("</li></ul>\n<h3>Hyperparameters</h3>\n<table>");
        for (Map.Entry<String, String> p : lineage.hyperparameters().entrySet()) {
            html.append("<tr><th>").append(escape(p.getKey())).append("</th><td>").append(escape(p.getValue()))
                    .append("</td></tr>");
        }
        html.append("</table>\n<h2>Metrics</h2>\n<table><tr><th>Split</th><th>Metric</th><th>Value</th></tr>");
        for (RunMetric m : metrics) {
            if (m.step() == 0 && !"cv".equals(m.split())) {
                html.append("<tr><td>").append(escape(m.split())).append("</td><td>").append(escape(m.name()))
                        .append("</td><td>").append(String.format(Locale.ROOT, "%.4f", m.value())).append("</td></tr>");
            }
        }
        html.append("</table>\n");
        onnx(html, manifest.onnx());
        html.append("<h2>Limitations</h2>\n<ul>")
                .append("<li>Test metrics come from a held-out split of the same dataset; performance on data from"
                        + " another source, period or population is unknown.</li>")
                .append("<li>Categories not seen in training are treated as unseen (&ldquo;other&rdquo;); numeric"
                        + " values outside the training range are extrapolated.</li>")
                .append("<li>Monitor drift against the reference profile in this bundle and retrain when inputs"
                        + " shift.</li>");
        if (lineage.datasetRows() > 0 && lineage.datasetRows() < 1000) {
            html.append("<li>Trained on only ").append(lineage.datasetRows())
                    .append(" rows: metrics have wide uncertainty.</li>");
        }
        html.append("</ul>\n</body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void onnx(StringBuilder html, OnnxSection onnx) {
        html.append("<h2>ONNX</h2>\n<p>");
        if (!onnx.included()) {
            html.append("Not included: ").append(escape(onnx.note())).append(".</p>\n");
            return;
        }
        html.append("<code>").append(escape(onnx.entry())).append("</code> runs in any ONNX runtime. Input <code>")
                .append(escape(onnx.input().name())).append("</code>: ").append(escape(onnx.input().datatype()))
                .append(' ').append(escape(String.valueOf(onnx.input().shape()))).append(", one row per record with the ")
                .append(onnx.features().size()).append(" features listed in <code>manifest.json</code> under"
                        + " <code>onnx.features</code>, in that order. Output <code>")
                .append(escape(onnx.output().name())).append("</code>: ").append(escape(onnx.output().datatype()))
                .append(' ').append(escape(String.valueOf(onnx.output().shape()))).append(", ")
                .append(escape(onnx.outputKind())).append(" of ")
                .append(escape(String.join(", ", onnx.outputLabels()))).append(".</p>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
