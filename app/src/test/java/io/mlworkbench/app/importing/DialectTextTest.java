package io.mlworkbench.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import org.junit.jupiter.api.Test;

class DialectTextTest {

    @Test
    void commaFollowedBySpacesIsShownWithQuotesAndReadEitherWay() {
        assertThat(DialectText.delimiter(',', true)).isEqualTo("\", \"");
        for (String text : new String[] {"\", \"", ", "}) {
            assertThat(DialectText.delimiterChar(text)).isEqualTo(',');
            assertThat(DialectText.trimsLeadingSpaces(text)).isTrue();
        }
        assertThat(DialectText.trimsLeadingSpaces(",")).isFalse();
    }

    @Test
    void namedDelimitersAreRead() {
        assertThat(DialectText.delimiterChar("TAB")).isEqualTo('\t');
        assertThat(DialectText.delimiterChar("\\t")).isEqualTo('\t');
        assertThat(DialectText.delimiterChar("SPACE")).isEqualTo(' ');
        assertThat(DialectText.delimiter('\t', false)).isEqualTo("TAB");
    }

    @Test
    void rejectsALongDelimiterSayingWhatIsExpected() {
        assertThatThrownBy(() -> DialectText.delimiterChar("ab")).isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("Invalid delimiter 'ab'").hasMessageContaining("TAB");
    }

    @Test
    void noneMeansNoQuoteCharacter() {
        assertThat(DialectText.optionalChar("none")).isNull();
        assertThat(DialectText.optionalChar("'")).isEqualTo('\'');
        assertThat(DialectText.optionalChar((Character) null)).isEqualTo("none");
    }
}
