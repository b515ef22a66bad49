package io.mlworkbench.engine.registry;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * How a model version is named everywhere (server, command line, GUI), as in MLflow:
 * {@code models:/<name>/<version>}, {@code models:/<name>@<alias>} or {@code models:/<name>/latest}
 * (the newest active version). {@link ModelResolver} turns it into a {@link ModelVersion}.
 *
 * <p>Model names are 1-100 characters: letters, digits, {@code .}, {@code _} and {@code -}, starting with
 * a letter or digit. Alias syntax is {@link AliasName}'s.
 *
 * @param modelName the registered model's name
 * @param version the version number, when the URI names one
 * @param alias the alias, when the URI names one; neither version nor alias means the latest version
 */
public record ModelUri(String modelName, OptionalInt version, Optional<AliasName> alias) {

    /** The scheme every model URI starts with. */
    public static final String SCHEME = "models:/";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final String FORMS = "expected models:/<name>/<version>, models:/<name>@<alias>"
            + " or models:/<name>/latest";

    /** Checks the name and that at most one of version and alias is given. */
    public ModelUri {
        checkModelName(modelName);
        if (version.isPresent() && alias.isPresent()) {
            throw new IllegalArgumentException("A model URI names a version or an alias, not both");
        }
        if (version.isPresent() && version.getAsInt() < 1) {
            throw new InvalidModelUriException("Invalid version " + version.getAsInt() + " of model '" + modelName
                    + "': versions are numbered from 1");
        }
    }

    /**
     * @param modelName a model name
     * @param version a version number, from 1
     * @return {@code models:/<name>/<version>}
     */
    public static ModelUri ofVersion(String modelName, int version) {
        return new ModelUri(modelName, OptionalInt.of(version), Optional.empty());
    }

    /**
     * @param modelName a model name
     * @param alias an alias
     * @return {@code models:/<name>@<alias>}
     */
    public static ModelUri ofAlias(String modelName, AliasName alias) {
        return new ModelUri(modelName, OptionalInt.empty(), Optional.of(alias));
    }

    /**
     * @param modelName a model name
     * @return {@code models:/<name>/latest}
     */
    public static ModelUri latest(String modelName) {
        return new ModelUri(modelName, OptionalInt.empty(), Optional.empty());
    }

    /**
     * Parses a model URI.
     *
     * @param text the URI, e.g. {@code models:/churn@champion}
     * @return the parsed URI
     * @throws InvalidModelUriException naming what is wrong and the expected forms
     */
    public static ModelUri parse(String text) {
        if (text == null || !text.startsWith(SCHEME)) {
            throw new InvalidModelUriException("Malformed model URI '" + text + "': it must start with '" + SCHEME
                    + "' (" + FORMS + ")");
        }
        String rest = text.substring(SCHEME.length());
        int at = rest.indexOf('@');
        if (at >= 0) {
            String name = rest.substring(0, at);
            String alias = rest.substring(at + 1);
            requirePart(text, name, "model name");
            requirePart(text, alias, "alias after '@'");
            if (name.contains("/")) {
                throw malformed(text, "an alias URI has no version part");
            }
            return withContext(text, () -> ofAlias(name, new AliasName(alias)));
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw malformed(text, "no version or alias after the model name");
        }
        String name = rest.substring(0, slash);
        String selector = rest.substring(slash + 1);
        requirePart(text, name, "model name");
        requirePart(text, selector, "version after '/'");
        if (selector.contains("/")) {
            throw malformed(text, "too many '/' parts");
        }
        if (selector.equals("latest")) {
            return withContext(text, () -> latest(name));
        }
        if (!selector.chars().allMatch(c -> c >= '0' && c <= '9') || selector.length() > 9) {
            throw malformed(text, "version '" + selector + "' is not a positive whole number or 'latest'");
        }
        return withContext(text, () -> ofVersion(name, Integer.parseInt(selector)));
    }

    private static ModelUri withContext(String text, Supplier<ModelUri> build) {
        try {
            return build.get();
        } catch (InvalidModelUriException e) {
            throw new InvalidModelUriException("Malformed model URI '" + text + "': " + e.getMessage());
        }
    }

    /**
     * Checks a model name's syntax.
     *
     * @param name a model name
     * @return the name
     * @throws InvalidModelUriException when the name breaks the rule
     */
    public static String checkModelName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidModelUriException("Invalid model name '" + name + "': expected 1-100 letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    private static void requirePart(String text, String part, String what) {
        if (part.isEmpty()) {
            throw malformed(text, "the " + what + " is empty");
        }
    }

    private static InvalidModelUriException malformed(String text, String problem) {
        return new InvalidModelUriException("Malformed model URI '" + text + "': " + problem + " (" + FORMS + ")");
    }

    /** @return true when the URI names the newest active version rather than a number or alias */
    public boolean isLatest() {
        return version.isEmpty() && alias.isEmpty();
    }

    /** @return the canonical text, e.g. {@code models:/churn/3} */
    @Override
    public String toString() {
        if (version.isPresent()) {
            return SCHEME + modelName + "/" + version.getAsInt();
        }
        return alias.map(a -> SCHEME + modelName + "@" + a.value()).orElse(SCHEME + modelName + "/latest");
    }
}
