package io.mlworkbench.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbench's user-visible text. Every string a user reads comes from the bundle
 * {@value #BUNDLE} — FXML refers to keys as {@code %key}, code calls {@link #text(String, Object...)}
 * with a literal key so that a test can check that every key used exists and every key defined is used.
 */
public final class Messages {

    /** The base name of the one resource bundle. */
    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;

    /** @param bundle the loaded bundle */
    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * @param locale the user's locale
     * @return the messages for that locale (falling back to English)
     */
    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /** @return the bundle, for the FXML loader to resolve {@code %key} references */
    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * Looks up a text and fills in its {@code {0}}, {@code {1}}… placeholders.
     *
     * @param key the key in {@code messages.properties}
     * @param arguments the values for the placeholders
     * @return the formatted text
     * @throws IllegalStateException when the key is missing (a bug caught by the bundle test)
     */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Message key '" + key + "' is missing from " + BUNDLE, e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
