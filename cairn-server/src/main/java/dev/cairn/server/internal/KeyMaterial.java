package dev.cairn.server.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A server's private keys and certificate chains, loaded from files and checked, as a {@link KeyStore} ready for
 * a {@link javax.net.ssl.KeyManagerFactory}.
 *
 * <p>
 * Every problem is found here, at start-up, and reported as an {@link IllegalArgumentException} whose message
 * names the file, says what is wrong and how to fix it, and never contains key material.
 *
 * @param keyStore    the keys and their chains
 * @param password    the password that unlocks every key in {@code keyStore}
 * @param description what was loaded, for logs: files, aliases and certificate subjects
 */
public record KeyMaterial(KeyStore keyStore, char[] password, String description) {
    private static final Set<String> KEY_LABELS = Set.of("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY",
            "ENCRYPTED PRIVATE KEY");
    /** Protects the in-memory store built from PEM files; it never reaches a disk, so it guards nothing. */
    private static final char[] IN_MEMORY = "in-memory".toCharArray();

    /**
     * Loads a PEM certificate chain (the server's certificate first, then each issuer) and its PEM private key.
     *
     * @throws IllegalArgumentException if a file is missing or unreadable, holds no certificate or no key, the
     *                                  chain is out of order, the key is encrypted, or the key does not belong to
     *                                  the first certificate
     */
    public static KeyMaterial fromPem(Path certificateChain, Path privateKey) {
        List<X509Certificate> chain = readChain(certificateChain);
        PrivateKey key = readKey(privateKey);
        checkBelongs(key, chain, privateKey, certificateChain);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", key, IN_MEMORY, chain.toArray(X509Certificate[]::new));
            return new KeyMaterial(store, IN_MEMORY, "PEM " + certificateChain + " + " + privateKey + " ("
                    + PrivateKeys.describe(key) + ", " + chain.getFirst().getSubjectX500Principal() + ")");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the JDK could not build an in-memory PKCS12 key store", e);
        }
    }

    /**
     * Loads every private key entry of a PKCS#12 keystore with its chain. A store may hold several, say one RSA and
     * one EC key; the TLS handshake picks the one the client supports.
     *
     * @throws IllegalArgumentException if the file is missing or unreadable, not a keystore, the password is
     *                                  wrong, there is no private key entry, or a key does not belong to its
     *                                  certificate
     */
    public static KeyMaterial fromPkcs12(Path keystore, char[] password) {
        byte[] bytes = read(keystore, "PKCS#12 keystore");
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new IllegalArgumentException(keystore + ": wrong password for the PKCS#12 keystore; check it "
                        + "with `keytool -list -keystore " + keystore + "`");
            }
            throw new IllegalArgumentException(keystore + ": not a PKCS#12 keystore, or a damaged one (" + e
                    .getMessage() + "); make one with `openssl pkcs12 -export -in CHAIN.pem -inkey KEY.pem -out "
                    + "server.p12`", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(keystore + ": the PKCS#12 keystore could not be read (" + e
                    .getMessage() + ")", e);
        }
        List<String> found = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.entryInstanceOf(alias, KeyStore.PrivateKeyEntry.class)) {
                    found.add(checkEntry(store, alias, password, keystore));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(keystore + ": the PKCS#12 keystore could not be read (" + e
                    .getMessage() + ")", e);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException(keystore + ": the keystore holds no private key entry (only trusted "
                    + "certificates?); a server needs its private key with its certificate chain");
        }
        return new KeyMaterial(store, password.clone(), "PKCS#12 " + keystore + " (" + String.join("; ", found)
                + ")");
    }

    private static String checkEntry(KeyStore store, String alias, char[] password, Path keystore)
            throws GeneralSecurityException {
        PrivateKey key;
        try {
            key = (PrivateKey) store.getKey(alias, password);
        } catch (UnrecoverableKeyException e) {
            throw new IllegalArgumentException(keystore + ": the key '" + alias + "' has a password other than the "
                    + "keystore's; give it the keystore's with `keytool -keypasswd -alias " + alias + " -keystore "
                    + keystore + "`");
        }
        var certificates = store.getCertificateChain(alias);
        if (certificates == null || certificates.length == 0) {
            throw new IllegalArgumentException(keystore + ": the key '" + alias + "' has no certificate chain");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (var c : certificates) {
            chain.add((X509Certificate) c);
        }
        checkBelongs(key, chain, keystore, keystore);
        return alias + ": " + PrivateKeys.describe(key) + ", " + chain.getFirst().getSubjectX500Principal();
    }

    private static List<X509Certificate> readChain(Path file) {
        byte[] bytes = read(file, "certificate chain");
        List<Pem.Block> blocks = Pem.read(new String(bytes, StandardCharsets.ISO_8859_1), file.toString());
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Pem.Block block : blocks) {
                if (block.label().equals("CERTIFICATE")) {
                    chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
                }
            }
        } catch (CertificateException e) {
            throw new IllegalArgumentException(file + ": certificate " + (chain.size() + 1) + " is not a valid "
                    + "X.509 certificate (" + e.getMessage() + ")", e);
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + noCertificateReason(bytes, blocks));
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate child = chain.get(i);
            X509Certificate parent = chain.get(i + 1);
            if (!child.getIssuerX500Principal().equals(parent.getSubjectX500Principal())) {
                throw new IllegalArgumentException(file + ": certificate " + (i + 2) + " (" + parent
                        .getSubjectX500Principal() + ") did not issue certificate " + (i + 1) + " (issued by "
                        + child.getIssuerX500Principal() + "); list the server's certificate first, then each "
                        + "issuer in order");
            }
        }
        return chain;
    }

    private static String noCertificateReason(byte[] bytes, List<Pem.Block> blocks) {
        if (blocks.stream().anyMatch(b -> KEY_LABELS.contains(b.label()))) {
            return "holds a private key but no certificate; were the certificate and key files swapped?";
        }
        if (bytes.length > 0 && bytes[0] == 0x30) {
            return "looks like binary DER, not PEM; convert it with `openssl x509 -inform der -in CERT -out "
                    + "CERT.pem`";
        }
        return "no '-----BEGIN CERTIFICATE-----' block found; expected a PEM chain, the server's certificate first";
    }

    private static PrivateKey readKey(Path file) {
        byte[] bytes = read(file, "private key");
        List<Pem.Block> keys = new ArrayList<>();
        boolean certificates = false;
        for (Pem.Block block : Pem.read(new String(bytes, StandardCharsets.ISO_8859_1), file.toString())) {
            if (KEY_LABELS.contains(block.label())) {
                keys.add(block);
            }
            certificates |= block.label().equals("CERTIFICATE");
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + (certificates
                    ? "holds a certificate but no private key; were the certificate and key files swapped?"
                    : "no '-----BEGIN PRIVATE KEY-----' block found; expected a PEM private key"));
        }
        if (keys.size() > 1) {
            throw new IllegalArgumentException(file + ": holds " + keys.size() + " private keys; keep only the one "
                    + "that belongs to the server's certificate");
        }
        return PrivateKeys.decode(keys.getFirst(), file.toString());
    }

    private static void checkBelongs(PrivateKey key, List<X509Certificate> chain, Path keyFile, Path chainFile) {
        X509Certificate leaf = chain.getFirst();
        if (PrivateKeys.matches(key, leaf.getPublicKey())) {
            return;
        }
        for (int i = 1; i < chain.size(); i++) {
            if (PrivateKeys.matches(key, chain.get(i).getPublicKey())) {
                throw new IllegalArgumentException(keyFile + ": the private key belongs to certificate " + (i + 1)
                        + " of " + chainFile + " (" + chain.get(i).getSubjectX500Principal() + "), not to the "
                        + "first; list the server's certificate first, then each issuer in order");
            }
        }
        throw new IllegalArgumentException(keyFile + ": the private key (" + PrivateKeys.describe(key) + ") does "
                + "not belong to the certificate " + leaf.getSubjectX500Principal() + " in " + chainFile + ", whose "
                + "public key is " + PrivateKeys.describe(leaf.getPublicKey()) + "; pair the certificate with the key "
                + "it was issued for");
    }

    private static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": the TLS " + what + " file does not exist (working "
                    + "directory: " + Path.of("").toAbsolutePath() + ")");
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException(file + ": the TLS " + what + " file cannot be read by this user; "
                    + "make it readable by the server's user (and only by it, for a key)");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": the TLS " + what + " file cannot be read (" + e
                    .getMessage() + ")", e);
        }
    }
}
