package dev.cairn.server;

import static dev.cairn.server.TestCertificates.pem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Writes a case's files into the test folder; returns the chain and the key. */
    @FunctionalInterface
    interface Files2 {
        Path[] make(TestCertificates c) throws Exception;
    }

    private static Path file(TestCertificates c, String content) throws Exception {
        return Files.writeString(Files.createTempFile(c.dir, "case-", ".pem"), content, StandardCharsets.ISO_8859_1);
    }

    private static String text(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.ISO_8859_1);
    }

    private static Path[] pair(Path chain, Path key) {
        return new Path[] {chain, key};
    }

    static Stream<Arguments> validPem() {
        return Stream.of(
                Arguments.of("RSA key, PKCS#8", "RSA", (Files2) c -> pair(c.cert("rsa"), file(c, pem("PRIVATE KEY",
                        c.pkcs8("rsa"))))),
                Arguments.of("EC key, PKCS#8", "EC", (Files2) c -> pair(c.cert("ec"), file(c, pem("PRIVATE KEY",
                        c.pkcs8("ec"))))),
                Arguments.of("Ed25519 key, PKCS#8", "Ed25519", (Files2) c -> pair(c.cert("ed"), file(c, pem(
                        "PRIVATE KEY", c.pkcs8("ed"))))),
                Arguments.of("RSA key, PKCS#1 (BEGIN RSA PRIVATE KEY)", "RSA", (Files2) c -> pair(c.cert("rsa"), file(
                        c, pem("RSA PRIVATE KEY", TestCertificates.pkcs1(c.pkcs8("rsa")))))),
                Arguments.of("EC key, SEC1 (BEGIN EC PRIVATE KEY)", "EC", (Files2) c -> pair(c.cert("ec"), file(c,
                        pem("EC PRIVATE KEY", TestCertificates.sec1(c.pkcs8("ec")))))),
                Arguments.of("EC key, SEC1 after the EC PARAMETERS block openssl ecparam writes", "EC", (Files2) c -> pair(
                        c.cert("ec"), file(c, pem("EC PARAMETERS", new byte[] {0x06, 0x08, 0x2A, (byte) 0x86, 0x48,
                                (byte) 0xCE, 0x3D, 0x03, 0x01, 0x07}) + pem("EC PRIVATE KEY", TestCertificates.sec1(c
                                        .pkcs8("ec")))))),
                Arguments.of("chain of two: leaf then the CA that signed it", "EC", (Files2) c -> pair(file(c, text(c
                        .leafCert()) + text(c.cert("ca"))), file(c, pem("PRIVATE KEY", c.pkcs8("leaf"))))),
                Arguments.of("certificate and key in one file", "RSA", (Files2) c -> {
                    Path both = file(c, text(c.cert("rsa")) + pem("PRIVATE KEY", c.pkcs8("rsa")));
                    return pair(both, both);
                }),
                Arguments.of("CRLF lines and text around the blocks (openssl pkcs12 -nodes output)", "RSA",
                        (Files2) c -> pair(file(c, ("Bag Attributes\n    friendlyName: rsa\nsubject=CN=localhost\n"
                                + text(c.cert("rsa"))).replace("\n", "\r\n")), file(c, "Key Attributes: <No Attributes>\n"
                                        + pem("PRIVATE KEY", c.pkcs8("rsa")).replace("\n", "\r\n")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPem")
    void pemFilesInEveryCommonFormLoad(String name, String keyType, Files2 files) throws Exception {
        Path[] f = files.make(certs);
        TlsConfig config = TlsConfig.pem(f[0], f[1]);
        assertTrue(config.toString().contains("(" + keyType + ", CN=localhost)"), config.toString());
    }

    static Stream<Arguments> badPem() {
        return Stream.of(
                Arguments.of("certificate file missing", (Files2) c -> pair(c.dir.resolve("absent.pem"), c.cert(
                        "rsa")), List.of("absent.pem: the TLS certificate chain file does not exist")),
                Arguments.of("key file missing", (Files2) c -> pair(c.cert("rsa"), c.dir.resolve("absent.key")),
                        List.of("absent.key: the TLS private key file does not exist")),
                Arguments.of("certificate file empty", (Files2) c -> pair(file(c, ""), file(c, pem("PRIVATE KEY", c
                        .pkcs8("rsa")))), List.of("no '-----BEGIN CERTIFICATE-----' block found")),
                Arguments.of("certificate file in DER", (Files2) c -> pair(file(c, new String(c.certificate("rsa")
                        .getEncoded(), StandardCharsets.ISO_8859_1)), file(c, pem("PRIVATE KEY", c.pkcs8("rsa")))),
                        List.of("binary DER", "openssl x509 -inform der")),
                Arguments.of("certificate and key files swapped", (Files2) c -> pair(file(c, pem("PRIVATE KEY", c
                        .pkcs8("rsa"))), c.cert("rsa")), List.of("holds a private key but no certificate",
                                "swapped")),
                Arguments.of("key file holds only a certificate", (Files2) c -> pair(c.cert("rsa"), c.cert("ec")),
                        List.of("holds a certificate but no private key")),
                Arguments.of("key file holds two keys", (Files2) c -> pair(c.cert("rsa"), file(c, pem("PRIVATE KEY",
                        c.pkcs8("rsa")) + pem("PRIVATE KEY", c.pkcs8("ec")))), List.of("holds 2 private keys")),
                Arguments.of("key encrypted, PKCS#8", (Files2) c -> pair(c.cert("rsa"), file(c, pem(
                        "ENCRYPTED PRIVATE KEY", c.pkcs8("rsa")))), List.of("the private key is encrypted",
                                "openssl pkey -in KEY -out KEY.plain")),
                Arguments.of("key encrypted, PKCS#1 with Proc-Type", (Files2) c -> pair(c.cert("rsa"), file(c,
                        "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,"
                                + "00112233445566778899AABBCCDDEEFF\n\n" + Base64.getMimeEncoder().encodeToString(c
                                        .pkcs8("rsa")) + "\n-----END RSA PRIVATE KEY-----\n")), List.of(
                                                "the private key is encrypted", "openssl pkey")),
                Arguments.of("key of another RSA pair", (Files2) c -> pair(c.cert("rsa"), file(c, pem("PRIVATE KEY", c
                        .pkcs8("other")))), List.of("the private key (RSA) does not belong to the certificate "
                                + "CN=localhost", "(a RSA key)", "pair the certificate with the key it was issued for")),
                Arguments.of("EC key for an RSA certificate", (Files2) c -> pair(c.cert("rsa"), file(c, pem(
                        "PRIVATE KEY", c.pkcs8("ec")))), List.of("the private key (EC) does not belong", "(a RSA key)")),
                Arguments.of("EC key of another EC pair", (Files2) c -> pair(c.cert("ec"), file(c, pem("PRIVATE KEY",
                        c.pkcs8("leaf")))), List.of("the private key (EC) does not belong")),
                Arguments.of("key of the CA, not of the leaf", (Files2) c -> pair(file(c, text(c.leafCert()) + text(c
                        .cert("ca"))), file(c, pem("PRIVATE KEY", c.pkcs8("ca")))), List.of(
                                "belongs to certificate 2", "CN=Cairn Test CA", "list the server's certificate first")),
                Arguments.of("chain in the wrong order", (Files2) c -> pair(file(c, text(c.cert("ca")) + text(c
                        .leafCert())), file(c, pem("PRIVATE KEY", c.pkcs8("leaf")))), List.of(
                                "certificate 2 (CN=localhost) did not issue certificate 1")),
                Arguments.of("certificate Base64 damaged", (Files2) c -> pair(file(c, text(c.cert("rsa")).replaceFirst(
                        "\n[A-Za-z]", "\n*")), c.cert("rsa")), List.of("the CERTIFICATE block (PEM block 1) is not "
                                + "valid Base64")),
                Arguments.of("key file cut short", (Files2) c -> pair(c.cert("rsa"), file(c, pem("PRIVATE KEY", c
                        .pkcs8("rsa")).replace("-----END PRIVATE KEY-----\n", ""))), List.of(
                                "has no '-----END PRIVATE KEY-----' line")),
                Arguments.of("PKCS#8 block that is not a key", (Files2) c -> pair(c.cert("rsa"), file(c, pem(
                        "PRIVATE KEY", c.certificate("rsa").getEncoded()))), List.of("is not an RSA, EC",
                                "openssl pkcs8 -topk8")),
                Arguments.of("PKCS#1 block that is not DER", (Files2) c -> pair(c.cert("rsa"), file(c, pem(
                        "RSA PRIVATE KEY", new byte[] {0x30, 0x7F, 0x01}))), List.of(
                                "the RSA PRIVATE KEY block is not well-formed DER")),
                Arguments.of("SEC1 key that does not name its curve", (Files2) c -> pair(c.cert("ec"), file(c, pem(
                        "EC PRIVATE KEY", TestCertificates.sec1WithoutCurve(c.pkcs8("ec"))))), List.of(
                                "does not name its curve")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPem")
    void pemMistakesAreRefusedWithAMessageThatSaysWhatToDo(String name, Files2 files, List<String> expected)
            throws Exception {
        Path[] f = files.make(certs);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsConfig.pem(f[0], f[1]));
        for (String fragment : expected) {
            assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
        }
        assertNoKeyMaterial(e, f);
    }

    static Stream<Arguments> badPkcs12() {
        return Stream.of(
                Arguments.of("keystore missing", (Files2) c -> new Path[] {c.dir.resolve("absent.p12")},
                        TestCertificates.PASSWORD, List.of("absent.p12: the TLS PKCS#12 keystore file does not exist")),
                Arguments.of("wrong password", (Files2) c -> new Path[] {c.serverP12}, "guess-0f-the-day".toCharArray(), List.of(
                        "wrong password for the PKCS#12 keystore", "keytool -list -keystore")),
                Arguments.of("a PEM file, not a keystore", (Files2) c -> new Path[] {c.cert("rsa")},
                        TestCertificates.PASSWORD, List.of("not a PKCS#12 keystore", "openssl pkcs12 -export")),
                Arguments.of("only trusted certificates", (Files2) c -> new Path[] {trustStore(c)},
                        TestCertificates.PASSWORD, List.of("holds no private key entry")));
    }

    private static Path trustStore(TestCertificates c) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", c.certificate("ca"));
        Path file = Files.createTempFile(c.dir, "trust-", ".p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, TestCertificates.PASSWORD);
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPkcs12")
    void pkcs12MistakesAreRefusedWithAMessageThatSaysWhatToDo(String name, Files2 files, char[] password,
            List<String> expected) throws Exception {
        Path[] f = files.make(certs);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsConfig.pkcs12(f[0],
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
    private static void assertNoKeyMaterial(Exception e, Path[] files) throws Exception {
        for (Path f : files) {
            if (!Files.exists(f)) {
                continue;
            }
            for (String line : text(f).split("\r?\n")) {
                if (line.length() >= 16 && !line.startsWith("-----")) {
                    assertFalse(e.getMessage().contains(line), "the message quotes the file: " + e.getMessage());
                }
            }
        }
    }
}
