package io.mlworkbench.engine.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Files in every supported encoding and line ending import to the same content. */
class EncodingsAndDialectsImportTest extends RegistryTestBase {

    private static final String TEXT = "city\tpopulation\tnote\nZürich\t421878\tNA\nKøbenhavn\t644431\t\"a\tb\"\n";

    private Path write(String name, byte[] bom, String text, Charset charset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(text.getBytes(charset));
        return Files.write(temp.resolve(name), out.toByteArray());
    }

    private ImportResult importDefaults(String dataset, Path file) {
        return registry.importFile(dataset, file, ImportOptions.defaults());
    }

    @Test
    void utf16WithByteOrderMarksAndUtf8WithOrWithoutOneImportAlike() throws IOException {
        ImportResult plain = importDefaults("a", write("plain.tsv", new byte[0], TEXT, StandardCharsets.UTF_8));
        ImportResult bom = importDefaults("b", write("bom.tsv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT,
                StandardCharsets.UTF_8));
        ImportResult le = importDefaults("c", write("le.tsv", new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT,
                StandardCharsets.UTF_16LE));
        ImportResult be = importDefaults("d", write("be.tsv", new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT,
                StandardCharsets.UTF_16BE));

        assertThat(le.options().dialect().encoding()).isEqualTo("UTF-16LE");
        assertThat(be.options().dialect().encoding()).isEqualTo("UTF-16BE");
        assertThat(bom.version().contentHash()).isEqualTo(plain.version().contentHash());
        assertThat(le.version().contentHash()).isEqualTo(plain.version().contentHash());
        assertThat(be.version().contentHash()).isEqualTo(plain.version().contentHash());
        Table t = registry.service.loadTable(le.version().id());
        assertThat(t.schema().names()).containsExactly("city", "population", "note");
        assertThat(t.column("city").format(1)).isEqualTo("København");
        assertThat(t.column("note").isMissing(0)).isTrue();
        assertThat(t.column("note").format(1)).isEqualTo("a\tb");
    }

    @Test
    void lineEndingsDoNotChangeTheContent() throws IOException {
        String lf = "a,b\n1,x\n2,y\n";
        ImportResult unix = importDefaults("a", write("lf.csv", new byte[0], lf, StandardCharsets.UTF_8));
        ImportResult windows = importDefaults("b", write("crlf.csv", new byte[0], lf.replace("\n", "\r\n"),
                StandardCharsets.UTF_8));
        ImportResult mac = importDefaults("c", write("cr.csv", new byte[0], lf.replace("\n", "\r"), StandardCharsets.UTF_8));

        assertThat(windows.version().contentHash()).isEqualTo(unix.version().contentHash());
        assertThat(mac.version().contentHash()).isEqualTo(unix.version().contentHash());
    }

    @Test
    void userDefinedMissingMarkerCountsAsMissing() throws IOException {
        Path file = write("m.csv", new byte[0], "x,y\n1,a\n-,b\n3,-\n", StandardCharsets.UTF_8);

        ImportResult r = registry.importFile("m", file, ImportOptions.defaults().withMissingMarker("-"));

        Table t = registry.service.loadTable(r.version().id());
        assertThat(t.schema().column(0).type()).isEqualTo(io.mlworkbench.engine.data.ColumnType.INTEGER);
        assertThat(t.column("x").isMissing(1)).isTrue();
        assertThat(t.column("y").isMissing(2)).isTrue();
    }

    @Test
    void pipeDelimitedWithBackslashEscapes() throws IOException {
        Path file = write("p.txt", new byte[0], "id|quote\n1|\"say \\\"hi\\\"\"\n2|plain\n", StandardCharsets.UTF_8);

        ImportResult r = importDefaults("p", file);

        assertThat(r.options().dialect().delimiter()).isEqualTo('|');
        assertThat(r.options().dialect().escape()).isEqualTo('\\');
        assertThat(registry.service.loadTable(r.version().id()).column("quote").format(0)).isEqualTo("say \"hi\"");
    }
}
