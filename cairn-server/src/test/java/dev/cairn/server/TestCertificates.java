package dev.cairn.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Test keys and certificates, made at test time with the JDK's own {@code keytool} so no secret is checked in.
 *
 * <p>
 * {@code server.p12} holds an RSA and an EC key for {@code CN=localhost} with the SAN {@code dns:localhost,
 * ip:127.0.0.1}; other stores hold an Ed25519 key, a second RSA key (for mismatches), a CA and a leaf it signs.
 * PEM certificates come from {@code keytool -exportcert -rfc} and {@code -gencert -rfc} (the rest are written
 * the same way in Java, to save JVM starts); PEM keys from the keystore's PKCS#8 encoding, and the legacy PKCS#1
 * and SEC1 forms are cut out of that by hand.
 */
final class TestCertificates {
    static final char[] PASSWORD = "changeit".toCharArray();
    private static final String SAN = "san=dns:localhost,ip:127.0.0.1";

    /** Where the keystores and certificates are: {@code target/test-certificates}. */
    final Path dir;
    /** A folder for this run's own files, removed when the JVM exits. */
    final Path work;
    final Path serverP12;
    final KeyStore server;
    /** Every other key (ed, other, ca, leaf), gathered from the stores keytool filled side by side. */
    final KeyStore extra;
    private static TestCertificates shared;

    private TestCertificates(Path dir, Path work) throws IOException, GeneralSecurityException {
        this.dir = dir;
        this.work = work;
        this.serverP12 = dir.resolve("server.p12");
        this.server = load(serverP12);
        this.extra = load(dir.resolve("extra.p12"));
        KeyStore chain = load(dir.resolve("chain.p12"));
        for (String alias : List.of("ca", "leaf")) {
            extra.setKeyEntry(alias, chain.getKey(alias, PASSWORD), PASSWORD, chain.getCertificateChain(alias));
        }
    }

    /**
     * The material for this test run. keytool takes seconds per key, so what it made is kept in
     * {@code target/test-certificates} and used again for a day (the certificates are valid for two); {@code mvn
     * clean} or age brings fresh keys.
     */
    static synchronized TestCertificates shared() throws Exception {
        if (shared == null) {
            Path target = Files.createDirectories(Path.of("target"));
            Path dir = target.resolve("test-certificates");
            Path ready = dir.resolve("ready");
            if (!Files.exists(ready) || Files.getLastModifiedTime(ready).toInstant().isBefore(Instant.now().minus(
                    Duration.ofDays(1)))) {
                Path fresh = Files.createTempDirectory(target, "test-certificates-");
                generate(fresh);
                Files.writeString(fresh.resolve("ready"), "made by keytool for the TLS tests\n");
                if (Files.exists(dir)) {
                    deleteTree(dir);
                }
                Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
            }
            Path work = Files.createTempDirectory("cairn-tls-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(work)));
            shared = new TestCertificates(dir, work);
        }
        return shared;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is not worth failing a run for.
        }
    }

    /**
     * Runs keytool to make the keystores in {@code dir}: two sequences of commands side by side, since each keytool
     * run is a JVM start and the chain's four steps depend on each other.
     */
    private static void generate(Path dir) throws Exception {
        String server = dir.resolve("server.p12").toString();
        String extra = dir.resolve("extra.p12").toString();
        String chain = dir.resolve("chain.p12").toString();
        String csr = dir.resolve("leaf.csr").toString();
        List<List<String[]>> sequences = List.of(
                List.of(
                        args("-genkeypair", "-keystore", server, "-alias", "rsa", "-keyalg", "RSA", "-keysize", "2048",
                                "-dname", "CN=localhost", "-ext", SAN),
                        args("-genkeypair", "-keystore", server, "-alias", "ec", "-keyalg", "EC", "-groupname",
                                "secp256r1", "-dname", "CN=localhost", "-ext", SAN),
                        args("-exportcert", "-keystore", server, "-alias", "rsa", "-rfc", "-file", dir.resolve(
                                "rsa.pem").toString()),
                        args("-genkeypair", "-keystore", extra, "-alias", "ed", "-keyalg", "Ed25519", "-dname",
                                "CN=localhost", "-ext", SAN),
                        args("-genkeypair", "-keystore", extra, "-alias", "other", "-keyalg", "RSA", "-keysize",
                                "2048", "-dname", "CN=other")),
                List.of(
                        args("-genkeypair", "-keystore", chain, "-alias", "ca", "-keyalg", "EC", "-dname",
                                "CN=Cairn Test CA", "-ext", "bc:c"),
                        args("-genkeypair", "-keystore", chain, "-alias", "leaf", "-keyalg", "EC", "-dname",
                                "CN=localhost"),
                        args("-certreq", "-keystore", chain, "-alias", "leaf", "-file", csr),
                        args("-gencert", "-keystore", chain, "-alias", "ca", "-infile", csr, "-outfile", dir.resolve(
                                "leaf.pem").toString(), "-rfc", "-ext", SAN, "-ext", "eku=serverAuth")));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> runs = new ArrayList<>();
            for (List<String[]> sequence : sequences) {
                runs.add(pool.submit(() -> sequence.forEach(TestCertificates::keytool)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }
        // keytool -exportcert -rfc wrote rsa.pem and -gencert -rfc wrote leaf.pem; the same PEM for the rest costs
        // no more JVM starts.
        KeyStore serverStore = load(Path.of(server));
        Files.writeString(dir.resolve("ec.pem"), pem("CERTIFICATE", serverStore.getCertificate("ec").getEncoded()));
        KeyStore extraStore = load(Path.of(extra));
        for (String alias : List.of("ed", "other")) {
            Files.writeString(dir.resolve(alias + ".pem"), pem("CERTIFICATE", extraStore.getCertificate(alias)
                    .getEncoded()));
        }
        Files.writeString(dir.resolve("ca.pem"), pem("CERTIFICATE", load(Path.of(chain)).getCertificate("ca")
                .getEncoded()));
    }

    private static String[] args(String... args) {
        return args;
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        // keytool's work is small; a JVM that skips the optimising compiler starts and runs it in half the time.
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        command.addAll(Arrays.asList(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-noprompt"));
        if (args[0].equals("-genkeypair") || args[0].equals("-gencert")) {
            command.addAll(List.of("-validity", "2"));
        }
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", args) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    /** The exported PEM certificate of an alias ({@code rsa}, {@code ec}, {@code ed}, {@code other}, {@code ca}). */
    Path cert(String alias) {
        return dir.resolve(alias + ".pem");
    }

    /** The CA-signed leaf certificate, whose key is the {@code leaf} alias's. */
    Path leafCert() {
        return dir.resolve("leaf.pem");
    }

    /** The PKCS#8 encoding of an alias's private key. */
    byte[] pkcs8(String alias) throws GeneralSecurityException {
        KeyStore store = server.containsAlias(alias) ? server : extra;
        return ((PrivateKey) store.getKey(alias, PASSWORD)).getEncoded();
    }

    /** The certificate of an alias, as the keystore holds it. */
    Certificate certificate(String alias) throws GeneralSecurityException {
        return server.containsAlias(alias) ? server.getCertificate(alias) : extra.getCertificate(alias);
    }

    /** Writes a file in this run's folder. */
    Path write(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    /** A PEM block: the label, the Base64 of {@code der} in 64-column lines, the END line. */
    static String pem(String label, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
    }

    /** An RSA key's PKCS#1 form: the content of the PKCS#8 structure's {@code privateKey} OCTET STRING. */
    static byte[] pkcs1(byte[] pkcs8) {
        return children(pkcs8).get(2).content();
    }

    /**
     * An EC key's SEC1 form as OpenSSL writes it: the PKCS#8 {@code privateKey} ({@code SEQUENCE {1, OCTET STRING,
     * ...}}) with the curve's OID from the algorithm identifier put in {@code [0]} after the private octets.
     */
    static byte[] sec1(byte[] pkcs8) {
        List<Tlv> outer = children(pkcs8);
        byte[] curve = children(outer.get(1).encoded()).get(1).encoded();
        List<Tlv> inner = children(outer.get(2).content());
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(inner.get(0).encoded());
        content.writeBytes(inner.get(1).encoded());
        content.writeBytes(tlv((byte) 0xA0, curve));
        for (Tlv rest : inner.subList(2, inner.size())) {
            if ((rest.tag() & 0xFF) != 0xA0) {
                content.writeBytes(rest.encoded());
            }
        }
        return tlv((byte) 0x30, content.toByteArray());
    }

    /** An SEC1 key without its {@code [0]} curve, which a PKCS#8 wrapper cannot name. */
    static byte[] sec1WithoutCurve(byte[] pkcs8) {
        List<Tlv> inner = children(children(pkcs8).get(2).content());
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(inner.get(0).encoded());
        content.writeBytes(inner.get(1).encoded());
        return tlv((byte) 0x30, content.toByteArray());
    }

    /** A client context that trusts exactly these certificates. */
    static SSLContext clientTrusting(Certificate... trusted) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (int i = 0; i < trusted.length; i++) {
            trust.setCertificateEntry("trusted" + i, trusted[i]);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private record Tlv(byte tag, byte[] content, byte[] encoded) {}

    /** The elements inside a DER SEQUENCE; written apart from the server's own DER code, to check it. */
    private static List<Tlv> children(byte[] sequence) {
        Tlv outer = read(sequence, 0);
        List<Tlv> children = new ArrayList<>();
        for (int at = 0; at < outer.content().length;) {
            Tlv child = read(outer.content(), at);
            children.add(child);
            at += child.encoded().length;
        }
        return children;
    }

    private static Tlv read(byte[] b, int start) {
        int at = start + 1;
        int length = b[at++] & 0xFF;
        if (length > 0x7F) {
            int octets = length & 0x7F;
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | (b[at++] & 0xFF);
            }
        }
        return new Tlv(b[start], Arrays.copyOfRange(b, at, at + length), Arrays.copyOfRange(b, start, at + length));
    }

    private static byte[] tlv(byte tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
