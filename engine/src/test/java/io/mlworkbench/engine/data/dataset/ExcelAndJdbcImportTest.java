package io.mlworkbench.engine.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.data.ingest.SourceReadException;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbook sheets and SQL queries import like files, through the same inference and verification. */
class ExcelAndJdbcImportTest extends RegistryTestBase {


    private Path workbook() throws IOException {
        Path file = temp.resolve("sales.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("nothing here");
            Sheet s = wb.createSheet("Data");
            s.createRow(0).createCell(0).setCellValue("Sales report 2024");
            Row header = s.createRow(1);
            String[] names = {"order_id", "day", "amount", "region"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
            String[] regions = {"north", "south", "north", "east", "south", "north"};
            for (int r = 0; r < regions.length; r++) {
                Row row = s.createRow(r + 2);
                row.createCell(0).setCellValue(1001 + r);
                row.createCell(1).setCellValue(LocalDate.of(2024, 3, 1 + r));
                row.getCell(1).setCellStyle(date);
                if (r != 3) {
                    row.createCell(2).setCellValue(12.5 * (r + 1));
                }
                row.createCell(3).setCellValue(regions[r]);
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void importsTheChosenSheetSkippingItsTitleRow() throws IOException {
        Path file = workbook();
        ImportPreview p = registry.preview(file, ImportOptions.defaults().withSheet("Data"));
        assertThat(p.sheets()).containsExactly("Notes", "Data");
        assertThat(p.options().skipLines()).isEqualTo(1);
        assertThat(p.options().header()).isTrue();
        assertThat(p.sourceColumnNames()).containsExactly("order_id", "day", "amount", "region");
        assertThat(p.options().columns()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER,
                ColumnType.DATETIME, ColumnType.DECIMAL, ColumnType.CATEGORICAL);
        assertThat(p.options().columns().get(0).role()).isEqualTo(ColumnRole.IDENTIFIER);

        ImportResult r = registry.importFile("sales", file, p.options());

        assertThat(r.version().sourceKind()).isEqualTo(SourceKind.XLSX);
        Table t = registry.service.loadTable(r.version().id());
        assertThat(t.rowCount()).isEqualTo(6);
        assertThat(t.column("day").format(0)).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(t.column("amount").isMissing(3)).isTrue();
        assertThat(t.column("amount").format(1)).isEqualTo("25");
    }

    @Test
    void unknownSheetIsNamedWithTheSheetsThereAre() throws IOException {
        Path file = workbook();
        assertThatThrownBy(() -> registry.preview(file, ImportOptions.defaults().withSheet("Summary")))
                .isInstanceOf(SourceReadException.class).hasMessageContaining("no sheet named 'Summary'")
                .hasMessageContaining("[Notes, Data]");
    }

    @Test
    void notAWorkbookIsReportedAsSuch() throws IOException {
        Path file = Files.writeString(temp.resolve("fake.xlsx"), "id,x\n1,2\n");
        assertThatThrownBy(() -> registry.preview(file, ImportOptions.defaults()))
                .isInstanceOf(SourceReadException.class).hasMessageContaining("as an .xlsx workbook");
    }

    private String sourceDatabase() throws SQLException {
        String url = "jdbc:h2:mem:src" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", "secret"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INT PRIMARY KEY, joined DATE, spend DECIMAL(10,2), plan VARCHAR(20),"
                    + " active BOOLEAN, churn VARCHAR(3))");
            s.execute("INSERT INTO customer VALUES (1, DATE '2023-01-05', 10.50, 'basic', TRUE, 'no'),"
                    + " (2, DATE '2023-02-06', NULL, 'pro', FALSE, 'yes'), (3, DATE '2023-03-07', 7.25, 'basic', TRUE, 'no')");
        }
        return url;
    }

    @Test
    void importsAQueryWithTypesFromItsValues() throws SQLException {
        String url = sourceDatabase();
        ImportSource.JdbcQuery query = new ImportSource.JdbcQuery(url, "sa", "secret",
                "SELECT id, joined, spend, plan, active, churn FROM customer ORDER BY id");

        ImportResult r = registry.service.importJdbc(TestRegistry.ALICE, "demo", "customers", query,
                ImportOptions.defaults(), ProgressListener.ignoring(), CancellationToken.never());

        DatasetVersion v = r.version();
        assertThat(v.sourceKind()).isEqualTo(SourceKind.JDBC);
        assertThat(v.sourceText()).contains("SELECT id").doesNotContain("secret");
        assertThat(v.schema().names()).containsExactly("ID", "JOINED", "SPEND", "PLAN", "ACTIVE", "CHURN");
        assertThat(v.schema().columns()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER,
                ColumnType.DATETIME, ColumnType.DECIMAL, ColumnType.CATEGORICAL, ColumnType.BOOLEAN, ColumnType.CATEGORICAL);
        assertThat(v.schema().target().orElseThrow().name()).isEqualTo("CHURN");
        Table t = registry.service.loadTable(v.id());
        assertThat(t.column("SPEND").isMissing(1)).isTrue();
        assertThat(t.column("SPEND").format(0)).isEqualTo("10.5");
    }

    @Test
    void failingQueryIsWrappedWithUrlAndSqlState() throws SQLException {
        String url = sourceDatabase();
        ImportSource.JdbcQuery query = new ImportSource.JdbcQuery(url + ";PASSWORD=secret", "sa", null,
                "SELECT nope FROM customer");

        assertThatThrownBy(() -> registry.service.importJdbc(TestRegistry.ALICE, "demo", "c", query,
                ImportOptions.defaults(), ProgressListener.ignoring(), CancellationToken.never()))
                .isInstanceOf(SourceReadException.class).hasMessageContaining("The query failed on jdbc:h2:mem:src")
                .hasMessageContaining("SQL state 42").hasMessageNotContaining("secret");
        assertThat(registry.counts().get("dataset_version")).isZero();
    }
}
