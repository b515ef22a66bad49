package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.training.RunJson;
import io.mlworkbench.engine.training.TrainedModel;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.training.encoding.FeatureEncoding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tribuo.Model;

/**
 * Checks a bundle's contents before anything is shown or imported: format version, every entry's SHA-256 against
 * the manifest and {@code checksums.sha256}, no unlisted or missing entries, the signature, and that the model and
 * encoding parse (protobuf and JSON only).
 */
public final class BundleVerifier {

    private BundleVerifier() {
    }

    /**
     * @param contents the bundle's entries, read by {@link BundleArchive#read}
     * @param trust what the workspace trusts
     * @return the verified bundle
     * @throws InvalidBundleException naming the first check that failed
     */
    public static VerifiedBundle verify(BundleContents contents, BundleTrust trust) {
        String bundle = contents.name();
        List<String> checks = new ArrayList<>();
        BundleManifest manifest = BundleManifest.read(bundle, contents.require(BundleFormat.MANIFEST));
        checks.add("Format version " + manifest.formatVersion() + " is supported");
        Optional<String> signer = checkSignature(contents, trust);
        boolean trusted = signer.isPresent() && trust.trustedKeys().containsKey(signer.get());
        checks.add(signer.map(s -> "Signature is valid (key " + s + (trusted ? ", trusted here)" : ", not a trusted"
                + " key here)")).orElse("Not signed"));
        checkEntries(contents, manifest);
        checks.add("All " + manifest.entries().size() + " entries match the SHA-256 in the manifest");
        checkChecksumFile(contents);
        checks.add("checksums.sha256 matches every entry");
        Model<?> model = model(contents);
        FeatureEncoding encoding = encoding(contents);
        checks.add("Model loads from Tribuo protobuf; encoding reads as JSON");
        checks.add(OnnxEntryCheck.check(contents, manifest, model, encoding));
        BundleLineage lineage = BundleJson.read(bundle, BundleFormat.LINEAGE, contents.require(BundleFormat.LINEAGE),
                BundleLineage.class);
        return new VerifiedBundle(contents, manifest, lineage, checks, signer, trusted);
    }

    private static void checkEntries(BundleContents contents, BundleManifest manifest) {
        String bundle = contents.name();
        for (String required : BundleFormat.REQUIRED) {
            if (manifest.entry(required).isEmpty()) {
                throw new InvalidBundleException(bundle + ": the manifest does not list '" + required
                        + "', which every bundle holds");
            }
        }
        for (String name : contents.entries().keySet()) {
            if (!BundleFormat.ENVELOPE.contains(name) && manifest.entry(name).isEmpty()) {
                throw new InvalidBundleException(bundle + ": entry '" + name + "' is not listed in the manifest"
                        + " (added after export?)");
            }
        }
        for (BundleEntry listed : manifest.entries()) {
            byte[] bytes = contents.find(listed.name()).orElseThrow(() -> new InvalidBundleException(bundle
                    + ": entry '" + listed.name() + "' is listed in the manifest but missing from the file"));
            String actual = sha256(bytes);
            if (!actual.equals(listed.sha256()) || bytes.length != listed.size()) {
                throw new InvalidBundleException(bundle + ": entry '" + listed.name() + "' has been changed: its"
                        + " SHA-256 is " + actual + " (" + bytes.length + " bytes) but the manifest says "
                        + listed.sha256() + " (" + listed.size() + " bytes)");
            }
        }
    }

    private static void checkChecksumFile(BundleContents contents) {
        String bundle = contents.name();
        String text = new String(contents.require(BundleFormat.CHECKSUMS), StandardCharsets.UTF_8);
        Map<String, String> listed = new HashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+\\*?", 2);
            if (parts.length != 2 || parts[0].length() != 64) {
                throw new InvalidBundleException(bundle + ": " + BundleFormat.CHECKSUMS + ":" + (i + 1)
                        + " is not '<sha256>  <entry>'");
            }
            listed.put(parts[1], parts[0]);
        }
        for (Map.Entry<String, byte[]> entry : contents.entries().entrySet()) {
            if (entry.getKey().equals(BundleFormat.CHECKSUMS)) {
                continue;
            }
            String expected = listed.get(entry.getKey());
            if (expected == null) {
                throw new InvalidBundleException(bundle + ": entry '" + entry.getKey() + "' has no line in "
                        + BundleFormat.CHECKSUMS);
            }
            if (!expected.equals(sha256(entry.getValue()))) {
                throw new InvalidBundleException(bundle + ": entry '" + entry.getKey() + "' has been changed: its"
                        + " SHA-256 differs from " + BundleFormat.CHECKSUMS);
            }
        }
    }

    private static Optional<String> checkSignature(BundleContents contents, BundleTrust trust) {
        String bundle = contents.name();
        Optional<byte[]> signature = contents.find(BundleFormat.SIGNATURE);
        if (signature.isEmpty()) {
            if (trust.requireSigned()) {
                throw new InvalidBundleException(bundle + " is not signed, and this workspace requires signed"
                        + " bundles: ask its author to export it with --sign KEY.pem");
            }
            return Optional.empty();
        }
        PublicKey key;
        try {
            key = BundleKeys.readPublic(bundle + ": " + BundleFormat.SIGNER_KEY, new String(
                    contents.require(BundleFormat.SIGNER_KEY), StandardCharsets.US_ASCII));
        } catch (InvalidBundleException e) {
            throw e;
        } catch (WorkbenchException e) {
            throw new InvalidBundleException(e.getMessage(), e);
        }
        if (!BundleKeys.verify(key, contents.require(BundleFormat.MANIFEST), signature.get())) {
            throw new InvalidBundleException(bundle + ": the signature does not match manifest.json: the bundle was"
                    + " changed after it was signed, or the signature is damaged");
        }
        String fingerprint = BundleKeys.fingerprint(key);
        if (trust.requireSigned() && !trust.trustedKeys().containsKey(fingerprint)) {
            throw new InvalidBundleException(bundle + " is signed by key " + fingerprint + ", which this workspace"
                    + " does not trust; this workspace requires bundles signed by a trusted key");
        }
        return Optional.of(fingerprint);
    }

    private static Model<?> model(BundleContents contents) {
        return parsed(contents, () -> TrainedModel.readProtobuf(contents.require(BundleFormat.MODEL)));
    }

    private static FeatureEncoding encoding(BundleContents contents) {
        return parsed(contents, () -> RunJson.readEncoding(contents.require(BundleFormat.ENCODING)));
    }

    private static <T> T parsed(BundleContents contents, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidBundleException e) {
            throw e;
        } catch (WorkbenchException e) {
            throw new InvalidBundleException(contents.name() + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
