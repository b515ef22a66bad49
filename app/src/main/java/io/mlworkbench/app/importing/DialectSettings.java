package io.mlworkbench.app.importing;

import io.mlworkbench.app.validation.ParameterText;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.ingest.CsvDialect;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.data.ingest.LineEnding;
import io.mlworkbench.engine.validation.ParameterType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The import controls a user edits as text: delimiter, quote, escape, encoding, header row, junk lines to skip
 * and missing-value markers (a comma-separated list; {@code ""} is the empty field). Filled from a preview's
 * sniffed options; read back into options with every problem named.
 */
public final class DialectSettings {

    private final StringProperty delimiter = new SimpleStringProperty(",");
    private final StringProperty quote = new SimpleStringProperty("\"");
    private final StringProperty escape = new SimpleStringProperty("none");
    private final StringProperty encoding = new SimpleStringProperty("UTF-8");
    private final BooleanProperty header = new SimpleBooleanProperty(true);
    private final ObjectProperty<Integer> skipLines = new SimpleObjectProperty<>(0);
    private final StringProperty missingMarkers = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private LineEnding lineEnding = LineEnding.LF;

    /**
     * Shows the options a preview settled on.
     *
     * @param options resolved options (dialect filled in for delimited text; may be null for other sources)
     */
    public void show(ImportOptions options) {
        CsvDialect dialect = options.dialect();
        if (dialect != null) {
            delimiter.set(DialectText.delimiter(dialect.delimiter(), dialect.trimLeadingSpaces()));
            quote.set(DialectText.optionalChar(dialect.quote()));
            escape.set(DialectText.optionalChar(dialect.escape()));
            encoding.set(dialect.encoding());
            lineEnding = dialect.lineEnding();
        }
        header.set(options.header() == null || options.header());
        skipLines.set(options.skipLines() == null ? 0 : options.skipLines());
        missingMarkers.set(ParameterText.format(List.copyOf(sorted(options))));
        error.set("");
    }

    private static List<String> sorted(ImportOptions options) {
        return options.missingMarkers().stream().sorted((a, b) -> a.isBlank() == b.isBlank() ? a.compareTo(b)
                : a.isBlank() ? -1 : 1).toList();
    }

    /**
     * Reads the controls into options.
     *
     * @param base the options to change (columns and the rest are kept)
     * @param delimitedText true when the source is delimited text (the dialect applies)
     * @return the options, or empty when a control holds something invalid ({@link #errorProperty()} says what)
     */
    public Optional<ImportOptions> applyTo(ImportOptions base, boolean delimitedText) {
        try {
            ImportOptions options = base.withHeader(header.get())
                    .withSkipLines(skipLines.get() == null ? 0 : skipLines.get())
                    .withMissingMarkers(new LinkedHashSet<>(markers()));
            if (delimitedText) {
                options = options.withDialect(new CsvDialect(DialectText.delimiterChar(delimiter.get()),
                        DialectText.trimsLeadingSpaces(delimiter.get()), DialectText.optionalChar(quote.get()),
                        DialectText.optionalChar(escape.get()), encoding.get() == null ? "" : encoding.get().strip(),
                        lineEnding));
            }
            error.set("");
            return Optional.of(options);
        } catch (WorkbenchException | IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private List<String> markers() {
        Object parsed = ParameterText.parse(missingMarkers.get(), ParameterType.COLUMN_LIST, false);
        return parsed == null ? List.of() : ((List<?>) parsed).stream().map(String::valueOf).toList();
    }

    /** @return every control, to listen for changes */
    public List<ObservableValue<?>> controls() {
        return List.of(delimiter, quote, escape, encoding, header, skipLines, missingMarkers);
    }

    /** @return the delimiter, e.g. {@code ,} {@code ", "} {@code TAB} */
    public StringProperty delimiterProperty() {
        return delimiter;
    }

    /** @return the quote character, or {@code none} */
    public StringProperty quoteProperty() {
        return quote;
    }

    /** @return the escape character, or {@code none} (quotes are escaped by doubling) */
    public StringProperty escapeProperty() {
        return escape;
    }

    /** @return the encoding's name */
    public StringProperty encodingProperty() {
        return encoding;
    }

    /** @return whether the first row after the junk lines holds the column names */
    public BooleanProperty headerProperty() {
        return header;
    }

    /** @return how many junk lines come before the header or first row */
    public ObjectProperty<Integer> skipLinesProperty() {
        return skipLines;
    }

    /** @return the missing-value markers, comma-separated; {@code ""} is the empty field */
    public StringProperty missingMarkersProperty() {
        return missingMarkers;
    }

    /** @return what is wrong with the controls, empty when nothing */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
