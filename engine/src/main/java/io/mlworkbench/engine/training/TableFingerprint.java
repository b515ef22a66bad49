package io.mlworkbench.engine.training;

import io.mlworkbench.engine.data.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over the values of some columns of a table, so that reproducing a run can check it gets the very
 * data the run was trained on.
 */
public final class TableFingerprint {

    private TableFingerprint() {
    }

    /**
     * @param table the table
     * @param columns the columns to cover, in order
     * @return the hex SHA-256 of the columns' names and values (as text, missing distinct from empty)
     */
    public static String of(Table table, List<String> columns) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : columns) {
                var column = table.column(name);
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                for (int r = 0; r < column.size(); r++) {
                    String v = column.format(r);
                    digest.update(v == null ? new byte[] {1} : v.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
