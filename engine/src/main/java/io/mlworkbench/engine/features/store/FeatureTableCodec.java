package io.mlworkbench.engine.features.store;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The binary form of a materialised feature table: deflate-compressed, column by column. Header: magic
 * {@code MLWBFT}, format 1, column count, row count; per column its name, type and role, then either the doubles
 * (numeric storage) or the dictionary and one int code per row (label storage, -1 for missing). Reading checks
 * every count, so a damaged blob is refused rather than misread.
 */
public final class FeatureTableCodec {

    private static final String MAGIC = "MLWBFT";
    private static final int FORMAT = 1;

    private FeatureTableCodec() {
    }

    /**
     * @param table the table to write
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(Table table, OutputStream out) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            DeflaterOutputStream deflate = new DeflaterOutputStream(out, deflater, 1 << 16);
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(deflate, 1 << 16));
            data.writeUTF(MAGIC);
            data.writeInt(FORMAT);
            data.writeInt(table.schema().size());
            data.writeInt(table.rowCount());
            for (Column c : table.columns()) {
                writeText(data, c.schema().name());
                data.writeUTF(c.schema().type().name());
                data.writeUTF(c.schema().role().name());
                if (c instanceof NumericColumn n) {
                    for (int r = 0; r < n.size(); r++) {
                        data.writeDouble(n.get(r));
                    }
                } else {
                    StringColumn s = (StringColumn) c;
                    data.writeInt(s.dictionary().size());
                    for (String label : s.dictionary()) {
                        writeText(data, label);
                    }
                    for (int r = 0; r < s.size(); r++) {
                        data.writeInt(s.code(r));
                    }
                }
            }
            data.flush();
            deflate.finish();
        } finally {
            deflater.end();
        }
    }

    /**
     * @param in the encoded table; not closed
     * @return the table
     * @throws IOException when reading fails
     * @throws WorkbenchException when the bytes are not a feature table of this format
     */
    public static Table read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new InflaterInputStream(in), 1 << 16));
        if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT) {
            throw new WorkbenchException("The stored feature table is not in feature-table format " + FORMAT);
        }
        int columns = data.readInt();
        int rows = data.readInt();
        if (columns < 0 || rows < 0) {
            throw new WorkbenchException("The stored feature table is damaged (" + columns + " columns, " + rows
                    + " rows)");
        }
        List<ColumnBuilder> builders = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            ColumnSchema schema = new ColumnSchema(readText(data), ColumnType.valueOf(data.readUTF()),
                    ColumnRole.valueOf(data.readUTF()), Optional.empty());
            ColumnBuilder b = new ColumnBuilder(schema, rows);
            if (schema.type().isNumericStorage()) {
                for (int r = 0; r < rows; r++) {
                    b.addNumber(data.readDouble());
                }
            } else {
                String[] dictionary = new String[data.readInt()];
                for (int i = 0; i < dictionary.length; i++) {
                    dictionary[i] = readText(data);
                }
                for (int r = 0; r < rows; r++) {
                    int code = data.readInt();
                    if (code < -1 || code >= dictionary.length) {
                        throw new WorkbenchException("The stored feature table is damaged: code " + code + " in column "
                                + schema.name() + " row " + r);
                    }
                    b.addString(code < 0 ? null : dictionary[code]);
                }
            }
            builders.add(b);
        }
        return Table.of(builders);
    }

    private static void writeText(DataOutputStream data, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    private static String readText(DataInputStream data) throws IOException {
        int n = data.readInt();
        if (n < 0 || n > 64 << 20) {
            throw new WorkbenchException("The stored feature table is damaged (a text of " + n + " bytes)");
        }
        return new String(data.readNBytes(n), StandardCharsets.UTF_8);
    }
}
