package io.mlworkbench.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the app uses exists in {@code messages.properties}, and every key there is used: FXML refers to
 * keys as {@code %key}, Java code as {@code .text("key"...)}.
 */
class MessagesBundleTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("\\.text\\(\\s*\"([A-Za-z0-9_.-]+)\"");

    private static Set<String> keysUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(MAIN.resolve("resources"), ".fxml", FXML_KEY, used);
        collect(MAIN.resolve("java"), ".java", JAVA_KEY, used);
        return used;
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }

    private static Set<String> keysDefined() {
        return new TreeSet<>(Messages.load(Locale.ROOT).bundle().keySet());
    }

    @Test
    void everyKeyUsedIsDefined() throws IOException {
        Set<String> missing = keysUsed();
        missing.removeAll(keysDefined());
        assertThat(missing).as("keys used in FXML or code but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyDefinedIsUsed() throws IOException {
        Set<String> unused = keysDefined();
        unused.removeAll(keysUsed());
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }

    @Test
    void scanFindsKeysInBothFxmlAndCode() throws IOException {
        assertThat(keysUsed()).contains("menu.file", "nav.overview");
    }

    @Test
    void textsWithoutPlaceholdersWriteApostrophesOnce() {
        // Only texts with {0}-style placeholders go through MessageFormat, where '' means one apostrophe;
        // the others are shown as written, so a doubled apostrophe would show doubled.
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
        List<String> doubled = bundle.keySet().stream().filter(key -> {
            String text = bundle.getString(key);
            return text.contains("''") && !text.matches("(?s).*\\{\\d.*");
        }).sorted().toList();
        assertThat(doubled).as("texts without placeholders that double an apostrophe").isEmpty();
        assertThat(Messages.load(Locale.ENGLISH).text("validate.editor.closed")).contains("the rule's parameters");
    }

    @Test
    void placeholdersAreFilledIn() {
        Messages messages = Messages.load(Locale.ENGLISH);
        assertThat(messages.text("status.tasks", 0)).isEqualTo("No background tasks");
        assertThat(messages.text("status.tasks", 1)).isEqualTo("1 task running");
        assertThat(messages.text("status.tasks", 3)).isEqualTo("3 tasks running");
        assertThat(messages.text("project.created", "churn")).isEqualTo("Project churn created");
    }
}
