package io.mlworkbench.engine.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.ingest.BinaryFileException;
import io.mlworkbench.engine.data.ingest.EmptySourceException;
import io.mlworkbench.engine.data.ingest.FieldTooLargeException;
import io.mlworkbench.engine.data.ingest.ImportException;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.data.ingest.InvalidColumnNamesException;
import io.mlworkbench.engine.data.ingest.InvalidEncodingException;
import io.mlworkbench.engine.data.ingest.RaggedRowException;
import io.mlworkbench.engine.data.ingest.SourceChangedException;
import io.mlworkbench.engine.data.ingest.TooManyColumnsException;
import io.mlworkbench.engine.data.ingest.TypeMismatchException;
import io.mlworkbench.engine.data.ingest.TypeMismatchPolicy;
import io.mlworkbench.engine.data.ingest.UnterminatedQuoteException;
import io.mlworkbench.engine.task.CancellationSource;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a precise error and leaves nothing behind: no dataset, version, blob, audit line or scratch file. */
class BadInputTest extends RegistryTestBase {

    Map<String, Long> before;

    @BeforeEach
    void countBefore() {
        before = registry.counts();
    }

    @AfterEach
    void leftNothingBehind() throws IOException {
        assertThat(registry.counts()).isEqualTo(before);
        assertThat(registry.scratchFiles()).isZero();
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(temp.resolve(name), bytes);
    }

    private ThrowingCallable importing(Path file, ImportOptions options) {
        return () -> registry.importFile("t", file, options);
    }

    @Test
    void raggedRowFailsWithLineAndFieldCounts() throws IOException {
        Path file = write("r.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        assertThat(registry.preview(file, ImportOptions.defaults()).problems()).anyMatch(p -> p.contains("r.csv:3"));

        assertThatThrownBy(importing(file, ImportOptions.defaults())).isInstanceOf(RaggedRowException.class)
                .hasMessageStartingWith("r.csv:3: expected 3 fields").hasMessageContaining("found 2");
    }

    @Test
    void raggedRowsAreSkippedAndCountedWhenAsked() throws IOException {
        Path file = write("r.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n9\n");

        ImportResult r = registry.importFile("t", file, ImportOptions.defaults().withSkipRaggedRows(true));

        assertThat(r.version().rowCount()).isEqualTo(2);
        assertThat(r.skippedRaggedRows()).isEqualTo(2);
        assertThat(r.skippedRaggedLines()).containsExactly("r.csv:3", "r.csv:5");
        before = registry.counts();
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereItStarts() throws IOException {
        Path file = write("q.csv", "a,b\n1,x\n2,\"oops\n3,y\n");

        assertThatThrownBy(importing(file, ImportOptions.defaults())).isInstanceOf(UnterminatedQuoteException.class)
                .hasMessageStartingWith("q.csv:3: a field quoted with \" starts here and is never closed");
    }

    @Test
    void invalidBytesForTheChosenEncodingNameLineAndOffset() throws IOException {
        Path file = write("e.csv", "a,b\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ImportOptions utf8 = registry.preview(file, ImportOptions.defaults()).options();
        utf8 = utf8.withDialect(utf8.dialect().withEncoding("UTF-8"));

        assertThatThrownBy(importing(file, utf8)).isInstanceOf(InvalidEncodingException.class)
                .hasMessageStartingWith("e.csv:2: byte 0xE9 at byte offset 9 is not valid UTF-8");
    }

    @Test
    void latin1FileIsDetectedAndDecoded() throws IOException {
        Path file = write("e.csv", "a,b\n1,caf\u00e9\n2,na\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));

        ImportResult r = registry.importFile("t", file, ImportOptions.defaults());

        assertThat(r.options().dialect().encoding()).isEqualTo("windows-1252");
        assertThat(registry.service.loadTable(r.version().id()).column("b").format(0)).isEqualTo("caf\u00e9");
        before = registry.counts();
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertThatThrownBy(importing(write("empty.csv", ""), ImportOptions.defaults()))
                .isInstanceOf(EmptySourceException.class).hasMessage("empty.csv is empty (0 bytes): nothing to import");
    }

    @Test
    void fileOfBlankLinesIsRefused() throws IOException {
        assertThatThrownBy(importing(write("blank.csv", "\n\r\n\n"), ImportOptions.defaults()))
                .isInstanceOf(EmptySourceException.class).hasMessageContaining("only blank lines");
    }

    @Test
    void headerOnlyIsRefused() throws IOException {
        assertThatThrownBy(importing(write("h.csv", "name,city,country\n"), ImportOptions.defaults()))
                .isInstanceOf(EmptySourceException.class).hasMessageContaining("header row but no data rows");
    }

    @Test
    void duplicateColumnNamesAreRefusedUntilRenamed() throws IOException {
        Path file = write("d.csv", "a,b,a\n1,2,3\n");
        ImportPreview p = registry.preview(file, ImportOptions.defaults());
        assertThat(p.problems()).contains("columns 1 and 3 are both named 'a'");

        assertThatThrownBy(importing(file, p.options())).isInstanceOf(InvalidColumnNamesException.class)
                .hasMessageContaining("columns 1 and 3 are both named 'a'");
        ImportResult renamed = registry.importFile("t", file, p.options().withColumnNames(List.of("a", "b", "a2")));
        assertThat(renamed.version().schema().names()).containsExactly("a", "b", "a2");
        before = registry.counts();
    }

    @Test
    void blankColumnNameIsRefused() throws IOException {
        assertThatThrownBy(importing(write("b.csv", "a,,c\n1,2,3\n"), ImportOptions.defaults()))
                .isInstanceOf(InvalidColumnNamesException.class).hasMessageContaining("column 2 has a blank name");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        assertThatThrownBy(importing(write("x.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}), ImportOptions.defaults()))
                .isInstanceOf(BinaryFileException.class).hasMessageContaining("NUL byte at byte offset 4");
    }

    @Test
    void fieldOverOneMebibyteIsRefusedNamingTheOpeningQuote() throws IOException {
        Path file = write("big.csv", "a,b\n1,\"" + "x".repeat(1_200_000) + "\"\n");

        assertThatThrownBy(importing(file, ImportOptions.defaults())).isInstanceOf(FieldTooLargeException.class)
                .hasMessageContaining("big.csv:2: field 2 is longer than 1 MiB").hasMessageContaining("quoted from line 2");
    }

    @Test
    void moreThanTenThousandColumnsAreRefused() throws IOException {
        String header = String.join(",", java.util.Collections.nCopies(10_001, "c"));
        assertThatThrownBy(importing(write("wide.csv", header + "\n"), ImportOptions.defaults()))
                .isInstanceOf(TooManyColumnsException.class).hasMessageContaining("more than 10000 fields");
    }

    @Test
    void valueThatDoesNotFitTheSampledTypeFailsWithLineColumnAndValue() throws IOException {
        Path file = write("t.csv", "n,s\n1,a\n2,b\n3,c\n4,d\nabc,e\n");

        assertThatThrownBy(importing(file, ImportOptions.defaults().withSampleRows(3)))
                .isInstanceOf(TypeMismatchException.class)
                .hasMessageStartingWith("t.csv:6: column 'n' is INTEGER but the value is 'abc' (expected an integer");
    }

    @Test
    void wideningTurnsIntegersIntoDecimalsWithoutRereading() throws IOException {
        Path file = write("t.csv", "n\n1\n2\n3\n2.5\n");

        ImportResult r = registry.importFile("t", file, ImportOptions.defaults().withSampleRows(2)
                .withTypeMismatchPolicy(TypeMismatchPolicy.WIDEN));

        assertThat(r.version().schema().column(0).type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(r.widenings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("t.csv:5");
            assertThat(w.value()).isEqualTo("2.5");
        });
        assertThat(registry.service.loadTable(r.version().id()).column("n").format(3)).isEqualTo("2.5");
        before = registry.counts();
    }

    @Test
    void wideningToTextRereadsAndKeepsEveryValue() throws IOException {
        Path file = write("t.csv", "n\n1\n2\n3\nabc\n");

        ImportResult r = registry.importFile("t", file, ImportOptions.defaults().withSampleRows(2)
                .withTypeMismatchPolicy(TypeMismatchPolicy.WIDEN));

        assertThat(r.version().schema().column(0).type()).isEqualTo(ColumnType.TEXT);
        assertThat(registry.service.loadTable(r.version().id()).column("n").format(0)).isEqualTo("1");
        assertThat(registry.service.loadTable(r.version().id()).column("n").format(3)).isEqualTo("abc");
        before = registry.counts();
    }

    @Test
    void fileThatChangesDuringImportIsRefused() throws IOException {
        Path file = write("c.csv", "a,b\n1,2\n3,4\n");
        ImportOptions options = registry.preview(file, ImportOptions.defaults()).options();
        boolean[] appended = {false};
        ProgressListener appender = (done, total, message) -> {
            if (appended[0]) {
                return;
            }
            appended[0] = true;
            try {
                Files.writeString(file, "5,6\n", StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };

        assertThatThrownBy(() -> registry.service.importFile(TestRegistry.ALICE, "demo", "t", file, options, appender,
                CancellationToken.never())).isInstanceOf(SourceChangedException.class)
                .hasMessageStartingWith("c.csv changed (size 12 ->");
    }

    @Test
    void fileThatVanishesDuringImportIsRefused() throws IOException {
        Path file = write("v.csv", "a,b\n1,2\n3,4\n");
        ImportOptions options = registry.preview(file, ImportOptions.defaults()).options();
        ProgressListener deleter = (done, total, message) -> file.toFile().delete();

        assertThatThrownBy(() -> registry.service.importFile(TestRegistry.ALICE, "demo", "t", file, options, deleter,
                CancellationToken.never())).isInstanceOf(SourceChangedException.class)
                .hasMessageStartingWith("v.csv disappeared while it was being imported");
    }

    @Test
    void cancelledImportLeavesNothingBehind() throws IOException {
        Path file = write("c.csv", "a,b\n1,2\n3,4\n");
        CancellationSource token = new CancellationSource();
        ProgressListener cancelling = (done, total, message) -> token.cancel();

        assertThatThrownBy(() -> registry.service.importFile(TestRegistry.ALICE, "demo", "t", file,
                ImportOptions.defaults(), cancelling, token)).isInstanceOf(OperationCancelledException.class);
    }

    @Test
    void columnSettingsForAnotherColumnCountAreRefused() throws IOException {
        Path file = write("c.csv", "a,b\n1,2\n");
        ImportOptions three = ImportOptions.defaults().withColumns(List.of(
                io.mlworkbench.engine.data.ingest.ColumnSpec.of("x", ColumnType.TEXT),
                io.mlworkbench.engine.data.ingest.ColumnSpec.of("y", ColumnType.TEXT),
                io.mlworkbench.engine.data.ingest.ColumnSpec.of("z", ColumnType.TEXT)));

        assertThatThrownBy(importing(file, three)).isInstanceOf(ImportException.class)
                .hasMessageContaining("your 3 column settings were not used: the source has 2 columns");
    }
}
