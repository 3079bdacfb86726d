package dev.cairn.web.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A key and certificate made at test time by the JDK's {@code keytool} (so no secret is checked in), as a mail server
 * would have: its TLS context for the server, and one that trusts it for the client.
 */
final class TestKeys {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final KeyStore store;

    private TestKeys(KeyStore store) {
        this.store = store;
    }

    /** A key for a certificate naming {@code san} ({@code dns:localhost,ip:127.0.0.1}), made in {@code folder}. */
    static TestKeys make(Path folder, String san) throws IOException, GeneralSecurityException, InterruptedException {
        Path file = folder.resolve("mail-" + Integer.toHexString(san.hashCode()) + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "mail", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=mail test", "-ext", "san=" + san, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD),
                "-keypass", new String(PASSWORD)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return new TestKeys(store);
    }

    /** The server's side: this key. */
    SSLContext server() throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** The client's side: trusting this certificate, and nothing else. */
    SSLContext trusting() throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
