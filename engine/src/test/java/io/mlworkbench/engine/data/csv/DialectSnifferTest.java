package io.mlworkbench.engine.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlworkbench.engine.data.ingest.LineEnding;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Encoding, delimiter, line ending, junk lines and header are sniffed from a sample, with evidence. */
class DialectSnifferTest {

    private static DialectSniffer.Result sniff(byte[] bytes) {
        return DialectSniffer.sniff(bytes, true, "s.csv");
    }

    private static DialectSniffer.Result sniff(String text) {
        return sniff(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsTabAndPipeDelimiters() {
        assertThat(sniff("a\tb\tc\n1\t2\t3\n4\t5\t6\n").dialect().delimiter()).isEqualTo('\t');
        assertThat(sniff("a|b\n1|2\n3|4\n").dialect().delimiter()).isEqualTo('|');
    }

    @Test
    void prefersTheDelimiterGivingConsistentRows() {
        DialectSniffer.Result r = sniff("name;note\nann;\"a, b, c\"\nbob;\"d, e\"\n");
        assertThat(r.dialect().delimiter()).isEqualTo(';');
        assertThat(r.evidence()).anyMatch(e -> e.startsWith("delimiter ';': 2 fields on 3 of 3"));
    }

    @Test
    void detectsLineEndings() {
        assertThat(sniff("a,b\r\n1,2\r\n").dialect().lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(sniff("a,b\r1,2\r").dialect().lineEnding()).isEqualTo(LineEnding.CR);
        assertThat(sniff("a,b\n1,2\n").dialect().lineEnding()).isEqualTo(LineEnding.LF);
    }

    @Test
    void detectsUtf8WithByteOrderMark() {
        byte[] body = "x,y\n1,é\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DialectSniffer.Result r = sniff(bytes);
        assertThat(r.dialect().encoding()).isEqualTo("UTF-8");
        assertThat(r.evidence()).anyMatch(e -> e.contains("byte-order mark"));
        assertThat(r.header()).isTrue();
    }

    @Test
    void detectsUtf16BothWays() {
        byte[] le = "\uFEFFa;b\n1;2\n3;4\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "\uFEFFa;b\n1;2\n3;4\n".getBytes(StandardCharsets.UTF_16BE);
        assertThat(sniff(le).dialect().encoding()).isEqualTo("UTF-16LE");
        assertThat(sniff(le).dialect().delimiter()).isEqualTo(';');
        assertThat(sniff(be).dialect().encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void fallsBackToWindows1252ForLatinBytes() {
        assertThat(sniff("a,b\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)).dialect().encoding())
                .isEqualTo("windows-1252");
    }

    @Test
    void countsJunkLinesBeforeTheData() {
        DialectSniffer.Result r = sniff("|1x3 Cross validator\n25, Private, 1.5\n38, Private, 2.5\n");
        assertThat(r.skipLines()).isEqualTo(1);
        assertThat(r.dialect().trimLeadingSpaces()).isTrue();
        assertThat(r.header()).isFalse();
    }

    @Test
    void tellsHeaderFromDataByNumericColumns() {
        assertThat(sniff("\"age\";\"job\"\n30;\"x\"\n33;\"y\"\n").header()).isTrue();
        assertThat(sniff("5.1,3.5,Iris-setosa\n4.9,3.0,Iris-setosa\n").header()).isFalse();
    }
}
