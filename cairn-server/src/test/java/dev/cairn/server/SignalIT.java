package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SIGTERM stops the server gracefully and the process exits 0, as systemd and Kubernetes expect. */
class SignalIT {

    @Test
    void sigtermStopsTheServerAndTheProcessExitsZero() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = String.join(File.pathSeparator, System.getProperty("jdk.module.path", ""),
                System.getProperty("java.class.path", ""));
        Process process = new ProcessBuilder(List.of(java, "-cp", classPath, SignalMain.class.getName()))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("port "), "the server started: " + line);
            try (RawClient client = RawClient.connect(Integer.parseInt(line.substring(5)))) {
                client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals("up", client.read().text());
            }
            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the process ended");
            assertEquals(0, process.exitValue(), "a graceful stop exits 0, not 143");
        } finally {
            process.destroyForcibly();
        }
    }
}
