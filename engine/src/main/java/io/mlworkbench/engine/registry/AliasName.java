package io.mlworkbench.engine.registry;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of an alias: a movable pointer from a model to one of its versions.
 *
 * <p>Syntax: 1-64 characters, lower-case letters, digits, {@code _} and {@code -}, starting with a letter;
 * not {@code latest} (which {@link ModelUri} reserves for the newest version) and not {@code v} followed by
 * digits (which reads like a version number). {@code champion} is <em>protected</em>: moving it needs the
 * approver role and passes the promotion gate.
 *
 * @param value the alias text, e.g. {@code champion}
 */
public record AliasName(String value) {

    // Declared before the constants below, which need them when the class initialises.
    private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Pattern VERSION_LIKE = Pattern.compile("v[0-9]+");
    private static final Set<String> RESERVED = Set.of("latest");

    /** The protected alias of the version in production. */
    public static final AliasName CHAMPION = new AliasName("champion");
    /** The usual alias of the version being tried against the champion. */
    public static final AliasName CHALLENGER = new AliasName("challenger");

    /** Rejects a malformed alias, naming the rule it breaks. */
    public AliasName {
        if (value == null || !SYNTAX.matcher(value).matches()) {
            throw new InvalidModelUriException("Invalid alias '" + value + "': expected 1-64 lower-case letters,"
                    + " digits, '_' or '-', starting with a letter (e.g. champion, challenger, shadow-eu)");
        }
        if (RESERVED.contains(value) || VERSION_LIKE.matcher(value).matches()) {
            throw new InvalidModelUriException("Invalid alias '" + value + "': 'latest' and v<number> are reserved"
                    + " because they read like versions");
        }
    }

    /** @return true when moving this alias needs the approver role and passes the promotion gate */
    public boolean isProtected() {
        return equals(CHAMPION);
    }

    @Override
    public String toString() {
        return value;
    }
}
