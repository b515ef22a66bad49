package io.mlworkbench.engine.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.columnar.ColumnarFormat;
import io.mlworkbench.engine.data.columnar.ColumnarReader;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every import is an immutable version: identical content is found again, changes get a diff. */
class DatasetVersioningTest extends RegistryTestBase {


    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void recordsHashSchemaSourceSettingsAndWho() throws IOException {
        Path file = write("people.csv", "id,name,score\n1,ann,1.5\n2,bob,2.25\n");

        DatasetVersion v = registry.importFile("people", file, ImportOptions.defaults()).version();

        assertThat(v.versionNo()).isEqualTo(1);
        assertThat(v.contentHash()).hasSize(64);
        assertThat(v.rowCount()).isEqualTo(2);
        assertThat(v.columnCount()).isEqualTo(3);
        assertThat(v.schema().names()).containsExactly("id", "name", "score");
        assertThat(v.sourceKind()).isEqualTo(SourceKind.CSV);
        assertThat(v.sourceText()).endsWith("people.csv");
        assertThat(v.importSettingsJson()).contains("\"delimiter\":\",\"");
        assertThat(v.createdBy()).isEqualTo("alice");
        assertThat(v.uri()).isEqualTo("datasets:/demo/people/1");
        assertThat(registry.service.importOptions(v).dialect().delimiter()).isEqualTo(',');
    }

    @Test
    void reimportingTheSameContentFormattedDifferentlyReturnsTheExistingVersion() throws IOException {
        Path first = write("a.csv", "id,name,score\n1,ann,1.5\n2,bob,2.25\n");
        Path second = write("b.csv", "\"id\";\"name\";\"score\"\r\n1;\"ann\";1.50\r\n2;bob;2.250\r\n\r\n");
        ImportResult one = registry.importFile("people", first, ImportOptions.defaults());
        long before = registry.counts().get("audit_log");

        ImportResult two = registry.importFile("people", second, ImportOptions.defaults());

        assertThat(two.alreadyImported()).isTrue();
        assertThat(two.version().id()).isEqualTo(one.version().id());
        assertThat(registry.counts().get("dataset_version")).isEqualTo(1);
        assertThat(registry.counts().get("audit_log")).isEqualTo(before);
    }

    @Test
    void changedFileBecomesTheNextVersionWithRowAndSchemaDiff() throws IOException {
        Path file = write("p.csv", "id,name,score\n1,ann,1.5\n2,bob,2.25\n3,cy,3\n");
        registry.importFile("people", file, ImportOptions.defaults());
        write("p.csv", "id,name,score,city\n1,ann,1.5,Oslo\n2,bob,2.5,Rome\n4,dee,4,Oslo\n5,eve,5,Rome\n");

        ImportResult r = registry.importFile("people", file, ImportOptions.defaults());

        assertThat(r.alreadyImported()).isFalse();
        assertThat(r.version().versionNo()).isEqualTo(2);
        DatasetDiff diff = r.diff().orElseThrow();
        assertThat(diff.previousVersionNo()).isEqualTo(1);
        assertThat(diff.rowsUnchanged()).isEqualTo(1);
        assertThat(diff.rowsRemoved()).isEqualTo(2);
        assertThat(diff.rowsAdded()).isEqualTo(3);
        assertThat(diff.schemaChanges()).containsExactly(new SchemaChange("city", SchemaChange.Kind.ADDED, null, "CATEGORICAL"));
        assertThat(registry.service.version(r.version().id()).diff()).contains(diff);
    }

    @Test
    void rowOrderDoesNotMatterToTheDiff() throws IOException {
        Path file = write("p.csv", "id,x\n1,a\n2,b\n3,c\n");
        registry.importFile("t", file, ImportOptions.defaults());
        write("p.csv", "id,x\n3,c\n1,a\n2,b\n9,z\n");

        DatasetDiff diff = registry.importFile("t", file, ImportOptions.defaults()).diff().orElseThrow();

        assertThat(diff.rowsAdded()).isEqualTo(1);
        assertThat(diff.rowsRemoved()).isZero();
        assertThat(diff.rowsUnchanged()).isEqualTo(3);
    }

    @Test
    void listsDatasetsAndVersions() throws IOException {
        Path file = write("p.csv", "id,x\n1,a\n");
        registry.importFile("t", file, ImportOptions.defaults());
        write("p.csv", "id,x\n1,a\n2,b\n");
        ImportResult second = registry.importFile("t", file, ImportOptions.defaults());

        assertThat(registry.service.listDatasets("demo")).singleElement()
                .satisfies(d -> assertThat(d.latestVersionNo()).isEqualTo(2));
        assertThat(registry.service.listVersions(second.version().datasetId()))
                .extracting(DatasetVersion::versionNo).containsExactly(1, 2);
        assertThat(registry.service.listDatasets("elsewhere")).isEmpty();
    }

    @Test
    void listsDatasetsOfAllProjectsWithoutAProjectName() throws IOException {
        registry.importFile("t", write("p.csv", "id,x\n1,a\n"), ImportOptions.defaults());

        assertThat(registry.service.listDatasets(null)).singleElement()
                .satisfies(d -> assertThat(d.name()).isEqualTo("t"));
    }

    @Test
    void auditsDatasetAndVersionCreation() throws IOException {
        registry.importFile("t", write("p.csv", "id,x\n1,a\n"), ImportOptions.defaults());

        AuditLogRepository audit = new AuditLogRepository(registry.db.jdbi(), Clock.systemUTC());
        assertThat(audit.find(AuditFilter.newest()))
                .extracting(e -> e.action() + " " + e.objectRef())
                .contains("dataset.create demo/t", "dataset.version.create datasets:/demo/t/1");
    }

    @Test
    void streamsRowsOneRowGroupAtATime() throws IOException {
        StringBuilder csv = new StringBuilder("n,label\n");
        for (int i = 0; i < 150_000; i++) {
            csv.append(i).append(',').append(i % 3 == 0 ? "x" : "y").append('\n');
        }
        DatasetVersion v = registry.importFile("big", write("big.csv", csv.toString()), ImportOptions.defaults()).version();

        long rows = 0;
        int groups = 0;
        try (ColumnarReader reader = registry.service.openRows(v.id())) {
            Optional<Table> batch;
            while ((batch = reader.next()).isPresent()) {
                groups++;
                assertThat(batch.get().column("n").format(0)).isEqualTo(Long.toString(rows));
                rows += batch.get().rowCount();
            }
        }
        assertThat(rows).isEqualTo(150_000);
        assertThat(groups).isGreaterThan(1);
        Table all = registry.service.loadTable(v.id());
        assertThat(all.rowCount()).isEqualTo(150_000);
        assertThat(all.column("label").format(149_997)).isEqualTo("x");
        assertThat(all.column("label").format(149_999)).isEqualTo("y");
    }

    @Test
    void wideTablesImportInShortRowGroups() throws IOException {
        int columns = 3000;
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            csv.append(c == 0 ? "" : ",").append("f").append(c);
        }
        csv.append('\n');
        for (int r = 0; r < 800; r++) {
            for (int c = 0; c < columns; c++) {
                csv.append(c == 0 ? "" : ",").append((r * 7 + c) % 100);
            }
            csv.append('\n');
        }

        DatasetVersion v = registry.importFile("wide", write("wide.csv", csv.toString()), ImportOptions.defaults())
                .version();

        assertThat(v.columnCount()).isEqualTo(columns);
        assertThat(v.rowCount()).isEqualTo(800);
        try (ColumnarReader reader = registry.service.openRows(v.id())) {
            Table first = reader.next().orElseThrow();
            assertThat(first.rowCount()).isEqualTo(ColumnarFormat.groupRows(columns)).isLessThan(800);
            assertThat(first.column("f2999").format(1)).isEqualTo(Integer.toString((7 + 2999) % 100));
        }
    }

    @Test
    void exportedVersionImportsBackAsTheSameContent() throws IOException {
        Path file = write("p.csv", "id,when,ok,score,name\n1,2024-01-02,true,1.5,ann\n2,2024-02-03,false,,\n");
        ImportResult original = registry.importFile("t", file, ImportOptions.defaults());
        assertThat(original.version().schema().column(1).type()).isEqualTo(ColumnType.DATETIME);
        Path exported = registry.service.export(original.version().id(), temp.resolve("t.mlwb"));

        ImportResult again = registry.importFile("t", exported, ImportOptions.defaults());

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.version().id()).isEqualTo(original.version().id());
        ImportResult copy = registry.importFile("copy", exported, ImportOptions.defaults());
        assertThat(copy.version().contentHash()).isEqualTo(original.version().contentHash());
        assertThat(copy.version().sourceKind()).isEqualTo(SourceKind.EXPORT);
    }
}
