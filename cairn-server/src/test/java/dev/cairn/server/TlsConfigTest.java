package dev.cairn.server;

import static dev.cairn.server.TestCertificates.pem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading certificates and keys: every accepted form, and every mistake with the message it gets. */
class TlsConfigTest {
    private static TestCertificates certs;

    @BeforeAll
    static void generate() throws Exception {
        certs = TestCertificates.shared();
    }

    private static String cert(String alias) throws Exception {
        return Files.readString(alias.equals("leaf") ? certs.leafCert() : certs.cert(alias));
    }

    private static String key(String alias) throws Exception {
        return pem("PRIVATE KEY", certs.pkcs8(alias));
    }

    /** Writes a case's file into the test folder; null stands for a file that does not exist. */
    private static Path file(String content, String absentName) throws Exception {
        if (content == null) {
            return certs.work.resolve(absentName);
        }
        Path file = Files.createTempFile(certs.work, "case-", ".pem");
        return Files.writeString(file, content, StandardCharsets.ISO_8859_1);
    }

    static Stream<Arguments> validPem() throws Exception {
        certs = TestCertificates.shared();
        byte[] prime256v1 = {0x06, 0x08, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x03, 0x01, 0x07};
        String sec1 = pem("EC PRIVATE KEY", TestCertificates.sec1(certs.pkcs8("ec")));
        String pkcs1 = pem("RSA PRIVATE KEY", TestCertificates.pkcs1(certs.pkcs8("rsa")));
        return Stream.of(
                Arguments.of("RSA key, PKCS#8", "RSA", cert("rsa"), key("rsa")),
                Arguments.of("EC key, PKCS#8", "EC", cert("ec"), key("ec")),
                Arguments.of("Ed25519 key, PKCS#8", "Ed25519", cert("ed"), key("ed")),
                Arguments.of("RSA key, PKCS#1 (BEGIN RSA PRIVATE KEY)", "RSA", cert("rsa"), pkcs1),
                Arguments.of("EC key, SEC1 (BEGIN EC PRIVATE KEY)", "EC", cert("ec"), sec1),
                Arguments.of("EC key, SEC1 after the EC PARAMETERS block of openssl ecparam", "EC", cert("ec"),
                        pem("EC PARAMETERS", prime256v1) + sec1),
                Arguments.of("chain of two: the leaf, then the CA that signed it", "EC", cert("leaf") + cert("ca"),
                        key("leaf")),
                Arguments.of("certificate and key in one file", "RSA", cert("rsa") + key("rsa"), null),
                Arguments.of("CRLF lines and text around the blocks, as openssl pkcs12 -nodes writes", "RSA",
                        ("Bag Attributes\n    friendlyName: rsa\nsubject=CN=localhost\n" + cert("rsa")).replace("\n",
                                "\r\n"),
                        ("Key Attributes: <No Attributes>\n" + key("rsa")).replace("\n", "\r\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPem")
    void pemFilesInEveryCommonFormLoad(String name, String keyType, String chain, String key) throws Exception {
        Path chainFile = file(chain, null);
        Path keyFile = key == null ? chainFile : file(key, null);
        TlsConfig config = TlsConfig.pem(chainFile, keyFile);
        assertTrue(config.toString().contains("(" + keyType + ", CN=localhost)"), config.toString());
    }

    static Stream<Arguments> badPem() throws Exception {
        certs = TestCertificates.shared();
        String encryptedPkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
                + "DEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n"
                + Base64.getMimeEncoder().encodeToString(certs.pkcs8("rsa")) + "\n-----END RSA PRIVATE KEY-----\n";
        String der = new String(certs.certificate("rsa").getEncoded(), StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("certificate file missing", null, key("rsa"),
                        List.of("absent.pem: the TLS certificate chain file does not exist")),
                Arguments.of("key file missing", cert("rsa"), null,
                        List.of("absent.key: the TLS private key file does not exist")),
                Arguments.of("certificate file empty", "", key("rsa"),
                        List.of("no '-----BEGIN CERTIFICATE-----' block found")),
                Arguments.of("certificate file in DER", der, key("rsa"),
                        List.of("binary DER", "openssl x509 -inform der")),
                Arguments.of("certificate and key files swapped", key("rsa"), cert("rsa"),
                        List.of("holds a private key but no certificate", "swapped")),
                Arguments.of("key file holds only a certificate", cert("rsa"), cert("ec"),
                        List.of("holds a certificate but no private key")),
                Arguments.of("key file holds two keys", cert("rsa"), key("rsa") + key("ec"),
                        List.of("holds 2 private keys")),
                Arguments.of("key encrypted, PKCS#8", cert("rsa"), pem("ENCRYPTED PRIVATE KEY", certs.pkcs8("rsa")),
                        List.of("the private key is encrypted", ".pem.plain` (it asks for the passphrase)")),
                Arguments.of("key encrypted, PKCS#1 with Proc-Type", cert("rsa"), encryptedPkcs1,
                        List.of("the private key is encrypted", "openssl pkey")),
                Arguments.of("key of another RSA pair", cert("rsa"), key("other"),
                        List.of("the private key (RSA) does not belong to the certificate CN=localhost",
                                "whose public key is RSA",
                                "pair the certificate with the key it was issued for")),
                Arguments.of("EC key for an RSA certificate", cert("rsa"), key("ec"),
                        List.of("the private key (EC) does not belong", "whose public key is RSA")),
                Arguments.of("EC key of another EC pair", cert("ec"), key("leaf"),
                        List.of("the private key (EC) does not belong")),
                Arguments.of("key of the CA, not of the leaf", cert("leaf") + cert("ca"), key("ca"),
                        List.of("belongs to certificate 2", "CN=Cairn Test CA", "list the server's certificate first")),
                Arguments.of("chain in the wrong order", cert("ca") + cert("leaf"), key("leaf"),
                        List.of("certificate 2 (CN=localhost) did not issue certificate 1")),
                Arguments.of("certificate Base64 damaged", cert("rsa").replaceFirst("\n[A-Za-z]", "\n*"), key("rsa"),
                        List.of("the CERTIFICATE block (PEM block 1) is not valid Base64")),
                Arguments.of("key file cut short", cert("rsa"), key("rsa").replace("-----END PRIVATE KEY-----\n", ""),
                        List.of("has no '-----END PRIVATE KEY-----' line")),
                Arguments.of("PKCS#8 block that is not a key", cert("rsa"), pem("PRIVATE KEY", der.getBytes(
                        StandardCharsets.ISO_8859_1)), List.of("is not an RSA, EC", "openssl pkcs8 -topk8")),
                Arguments.of("PKCS#1 block that is not DER", cert("rsa"), pem("RSA PRIVATE KEY", new byte[]{0x30,
                        0x7F, 0x01}), List.of("the RSA PRIVATE KEY block is not well-formed DER")),
                Arguments.of("SEC1 key that does not name its curve", cert("ec"), pem("EC PRIVATE KEY",
                        TestCertificates.sec1WithoutCurve(certs.pkcs8("ec"))), List.of("does not name its curve")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPem")
    void pemMistakesAreRefusedWithAMessageThatSaysWhatToDo(String name, String chain, String key,
            List<String> expected) throws Exception {
        Path chainFile = file(chain, "absent.pem");
        Path keyFile = file(key, "absent.key");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsConfig.pem(chainFile,
                keyFile));
        for (String fragment : expected) {
            assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
        }
        assertNoKeyMaterial(e, key);
    }

    static Stream<Arguments> badPkcs12() throws Exception {
        certs = TestCertificates.shared();
        return Stream.of(
                Arguments.of("keystore missing", certs.work.resolve("absent.p12"), TestCertificates.PASSWORD,
                        List.of("absent.p12: the TLS PKCS#12 keystore file does not exist")),
                Arguments.of("wrong password", certs.serverP12, "guess-of-the-day".toCharArray(),
                        List.of("wrong password for the PKCS#12 keystore", "keytool -list -keystore")),
                Arguments.of("a PEM file, not a keystore", certs.cert("rsa"), TestCertificates.PASSWORD,
                        List.of("not a PKCS#12 keystore", "openssl pkcs12 -export")),
                Arguments.of("only trusted certificates", trustStore(), TestCertificates.PASSWORD,
                        List.of("holds no private key entry")));
    }

    private static Path trustStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", certs.certificate("ca"));
        Path file = Files.createTempFile(certs.work, "trust-", ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, TestCertificates.PASSWORD);
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPkcs12")
    void pkcs12MistakesAreRefusedWithAMessageThatSaysWhatToDo(String name, Path keystore, char[] password,
            List<String> expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsConfig.pkcs12(keystore,
                password));
        for (String fragment : expected) {
            assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
        }
        assertFalse(e.getMessage().contains(new String(password)), e.getMessage());
    }

    @Test
    void pkcs12WithAnRsaAndAnEcKeyLoadsBoth() {
        TlsConfig config = TlsConfig.pkcs12(certs.serverP12, TestCertificates.PASSWORD);
        assertTrue(config.toString().contains("rsa: RSA, CN=localhost"), config.toString());
        assertTrue(config.toString().contains("ec: EC, CN=localhost"), config.toString());
    }

    @Test
    void pkcs12CopiesThePasswordSoTheCallerMayClearIt() throws Exception {
        char[] password = TestCertificates.PASSWORD.clone();
        TlsConfig config = TlsConfig.pkcs12(certs.serverP12, password);
        Arrays.fill(password, '\0');
        TlsHandshakeTest.Result r = TlsHandshakeTest.handshake(config, TestCertificates.clientTrusting(certs
                .certificate("rsa"), certs.certificate("ec")), p -> {});
        assertEquals("TLSv1.3", r.server().protocol());
    }

    @Test
    void onlyTls13AndTls12AreEnabled() {
        TlsConfig config = TlsConfig.pkcs12(certs.serverP12, TestCertificates.PASSWORD);
        assertEquals(List.of("TLSv1.3", "TLSv1.2"), config.protocols());
    }

    @Test
    void cipherSuitesAreTls13OrEcdheWithAnAeadCipher() {
        TlsConfig config = TlsConfig.pkcs12(certs.serverP12, TestCertificates.PASSWORD);
        List<String> weak = new ArrayList<>();
        for (String suite : config.cipherSuites()) {
            boolean tls13 = suite.equals("TLS_AES_128_GCM_SHA256") || suite.equals("TLS_AES_256_GCM_SHA384") || suite
                    .equals("TLS_CHACHA20_POLY1305_SHA256");
            boolean ecdheAead = suite.startsWith("TLS_ECDHE_") && (suite.contains("_GCM_") || suite.contains(
                    "_CHACHA20_POLY1305_"));
            if (!tls13 && !ecdheAead && !suite.equals("TLS_EMPTY_RENEGOTIATION_INFO_SCSV")) {
                weak.add(suite);
            }
        }
        assertEquals(List.of(), weak);
        assertTrue(config.cipherSuites().contains("TLS_AES_128_GCM_SHA256"), config.cipherSuites().toString());
        assertTrue(config.cipherSuites().contains("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), config.cipherSuites()
                .toString());
        assertFalse(config.cipherSuites().stream().anyMatch(s -> s.contains("_DHE_") || s.contains("_CBC_")), config
                .cipherSuites().toString());
    }

    /** No error message may carry a line of the key file's Base64: a logged start-up failure must not leak it. */
    private static void assertNoKeyMaterial(Exception e, String key) {
        if (key == null) {
            return;
        }
        for (String line : key.split("\r?\n")) {
            if (line.length() >= 16 && !line.startsWith("-----")) {
                assertFalse(e.getMessage().contains(line), "the message quotes the file: " + e.getMessage());
            }
        }
    }
}
