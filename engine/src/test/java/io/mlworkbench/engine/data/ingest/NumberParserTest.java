package io.mlworkbench.engine.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers parsed from bytes equal {@link Double#parseDouble} exactly; anything else is refused. */
class NumberParserTest {

    private static double decimal(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return NumberParser.parseDecimal(b, 0, b.length);
    }

    private static double integer(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return NumberParser.parseInteger(b, 0, b.length);
    }

    @Test
    void decimalsEqualTheJdkOnRandomValuesInManySpellings() {
        Random rnd = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double v = switch (i % 4) {
                case 0 -> Math.round(rnd.nextGaussian() * 100_000) / 1000.0;
                case 1 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20);
                case 2 -> rnd.nextLong() / 1e3;
                default -> Double.longBitsToDouble(rnd.nextLong() & 0x7FEFFFFFFFFFFFFFL) * (i % 8 == 3 ? 1 : -1);
            };
            for (String s : new String[] {Double.toString(v), String.format(Locale.ROOT, "%.6f", v),
                Math.abs(v) < 1e30 ? new BigDecimal(v).toPlainString() : Double.toString(-v), String.format(Locale.ROOT, "%.3e", v)}) {
                assertThat(decimal(s)).as(s).isEqualTo(Double.parseDouble(s));
            }
        }
    }

    @Test
    void acceptsCommonShapes() {
        assertThat(decimal(" 1.50 ")).isEqualTo(1.5);
        assertThat(decimal(".5")).isEqualTo(0.5);
        assertThat(decimal("5.")).isEqualTo(5.0);
        assertThat(decimal("+2E3")).isEqualTo(2000.0);
        assertThat(decimal("-0.001")).isEqualTo(-0.001);
        assertThat(decimal("000000000000000000000012.5")).isEqualTo(12.5);
    }

    @Test
    void refusesWhatIsNotAPlainNumber() {
        for (String s : new String[] {"", " ", "-", ".", "e5", "1e", "1.2.3", "NaN", "Infinity", "0x10", "1,000",
            "1d", "12abc", "1e400", "--1"}) {
            assertThat(decimal(s)).as(s).isNaN();
        }
    }

    @Test
    void integersStayWithinTwoToTheFiftyThree() {
        assertThat(integer("-42")).isEqualTo(-42.0);
        assertThat(integer(" 007 ")).isEqualTo(7.0);
        assertThat(integer("9007199254740992")).isEqualTo(9007199254740992.0);
        assertThat(integer("9007199254740993")).isNaN();
        assertThat(integer("1.0")).isNaN();
        assertThat(integer("")).isNaN();
    }
}
