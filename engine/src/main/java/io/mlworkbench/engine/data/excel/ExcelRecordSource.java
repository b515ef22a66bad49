package io.mlworkbench.engine.data.excel;

import io.mlworkbench.engine.data.csv.FileSnapshot;
import io.mlworkbench.engine.data.ingest.RawRecord;
import io.mlworkbench.engine.data.ingest.RecordSink;
import io.mlworkbench.engine.data.ingest.RecordSource;
import io.mlworkbench.engine.data.ingest.SourceReadException;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an {@code .xlsx} workbook, streamed row by row. Empty rows are skipped; a row is as wide as the
 * first row read (shorter rows are padded with empty cells, which count as missing).
 */
public final class ExcelRecordSource implements RecordSource {

    private final Path file;
    private final String name;
    private final String sheet;
    private final int skipRows;
    private final FileSnapshot snapshot;

    /**
     * @param file the workbook
     * @param sheet the sheet's name, or null for the first sheet
     * @param skipRows junk rows before the header or first row
     */
    public ExcelRecordSource(Path file, String sheet, int skipRows) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.sheet = sheet;
        this.skipRows = skipRows;
        this.snapshot = FileSnapshot.of(file);
    }

    /**
     * @param file a workbook
     * @return its sheets' names in order
     */
    public static List<String> sheetNames(Path file) {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator it = new XSSFReader(pkg).getSheetIterator();
            while (it.hasNext()) {
                it.next().close();
                names.add(it.getSheetName());
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw unreadable(file, e);
        }
        return names;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    public String location(long line) {
        return name + " [" + (sheet == null ? "first sheet" : sheet) + "] row " + line;
    }

    @Override
    public void read(RecordSink sink, ProgressListener progress, CancellationToken cancel) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            List<String> seen = new ArrayList<>();
            while (it.hasNext()) {
                try (InputStream data = it.next()) {
                    seen.add(it.getSheetName());
                    if (sheet == null || sheet.equals(it.getSheetName())) {
                        RowHandler rows = new RowHandler(sink, progress, cancel);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
                                new PlainDataFormatter(), false));
                        try {
                            parser.parse(new InputSource(data));
                        } catch (StopReading stop) {
                            return;
                        }
                        return;
                    }
                }
            }
            throw new SourceReadException(name + " has no sheet named '" + sheet + "'; its sheets are " + seen, null);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw unreadable(file, e);
        } catch (UnsupportedFileFormatException | POIXMLException e) {
            throw unreadable(file, e);
        }
    }

    @Override
    public void checkUnchanged() {
        snapshot.checkUnchanged();
    }

    private static SourceReadException unreadable(Path file, Exception e) {
        return new SourceReadException("Cannot read " + file.getFileName() + " as an .xlsx workbook: " + e.getMessage()
                + ". Save it from Excel or LibreOffice as .xlsx, or export the sheet as CSV", e);
    }

    /** Thrown inside the SAX parse when the sink wants no more rows. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Collects one row's cells and hands complete rows to the sink. */
    private final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RecordSink sink;
        private final ProgressListener progress;
        private final CancellationToken cancel;
        private final RawRecord record = new RawRecord();
        private final List<String> cells = new ArrayList<>();
        private int width = -1;
        private long rows;

        RowHandler(RecordSink sink, ProgressListener progress, CancellationToken cancel) {
            this.sink = sink;
            this.progress = progress;
            this.cancel = cancel;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < col) {
                cells.add(null);
            }
            cells.add(formattedValue == null || formattedValue.isEmpty() ? null : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            while (!cells.isEmpty() && cells.get(cells.size() - 1) == null) {
                cells.remove(cells.size() - 1);
            }
            if (rowNum < skipRows || cells.isEmpty()) {
                return;
            }
            if (width < 0) {
                width = cells.size();
            }
            while (cells.size() < width) {
                cells.add(null);
            }
            record.clear();
            record.setLine(rowNum + 1L);
            for (String c : cells) {
                record.addField(c);
            }
            if (++rows % 4096 == 0) {
                cancel.throwIfCancelled("reading the sheet");
                progress.progress(rows, -1, "Reading " + name);
            }
            if (!sink.accept(record)) {
                throw new StopReading();
            }
        }
    }
}
