package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.WorkbenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 team keys from the JDK: generating, PEM files (PKCS#8 private, X.509 public), signing and verifying.
 */
public final class BundleKeys {

    /** The private key's file name written by {@link #generate}. */
    public static final String PRIVATE_FILE = "bundle-signing.key.pem";
    /** The public key's file name written by {@link #generate}. */
    public static final String PUBLIC_FILE = "bundle-signing.pub.pem";

    private static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private BundleKeys() {
    }

    /**
     * Generates a key pair and writes both PEM files into a folder, refusing to overwrite.
     *
     * @param directory the folder (created when missing)
     * @return the key pair
     */
    public static KeyPair generate(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Path publicFile = directory.resolve(PUBLIC_FILE);
        if (Files.exists(privateFile) || Files.exists(publicFile)) {
            throw new WorkbenchException("Keys already exist in " + directory + ": remove " + PRIVATE_FILE + " and "
                    + PUBLIC_FILE + " or choose another folder");
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(directory);
            Files.writeString(privateFile, pem(PRIVATE_LABEL, pair.getPrivate().getEncoded())
                    + pem(PUBLIC_LABEL, pair.getPublic().getEncoded()));
            Files.writeString(publicFile, pem(PUBLIC_LABEL, pair.getPublic().getEncoded()));
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot write keys to " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a signing key file written by {@link #generate}: the PKCS#8 private key followed by its public key.
     *
     * @param file the {@code .key.pem} file
     * @return the key pair
     */
    public static KeyPair readSigningKey(Path file) {
        String text = read(file);
        byte[] der = der(file.toString(), text, PRIVATE_LABEL);
        PrivateKey privateKey;
        try {
            privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new WorkbenchException(file + " is not an Ed25519 private key: " + e.getMessage(), e);
        }
        return new KeyPair(readPublic(file.toString(), text), privateKey);
    }

    /**
     * @param where where the text came from, for messages
     * @param pem PEM text holding an X.509 Ed25519 public key
     * @return the key
     */
    public static PublicKey readPublic(String where, String pem) {
        byte[] der = der(where, pem, PUBLIC_LABEL);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new WorkbenchException(where + " is not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /**
     * @param file a PEM file holding an X.509 Ed25519 public key
     * @return the key
     */
    public static PublicKey readPublic(Path file) {
        return readPublic(file.toString(), read(file));
    }

    /**
     * @param key a public key
     * @return its PEM text
     */
    public static String toPem(PublicKey key) {
        return pem(PUBLIC_LABEL, key.getEncoded());
    }

    /**
     * @param key a public key
     * @return the first 16 hex digits of the SHA-256 of its encoding, to tell keys apart
     */
    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new WorkbenchException("Cannot sign with the given key (expected Ed25519): " + e.getMessage(), e);
        }
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String where, String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new WorkbenchException(where + " is not a PEM " + label.toLowerCase(java.util.Locale.ROOT)
                    + ": expected a '" + begin + "' block");
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException(where + " holds a damaged PEM block: " + e.getMessage(), e);
        }
    }
}
