package dev.cairn.server;

import dev.cairn.gateway.Response;

/** A server process for {@link SignalIT}: prints its port, then serves until a signal stops it. */
public final class SignalMain {
    private SignalMain() {}

    /** Starts a server on a free port and waits for SIGTERM or SIGINT. */
    public static void main(String[] args) throws InterruptedException {
        Server server = Server.builder().port(0).accessLog(false).application(r -> Response.text(200, "up")).build()
                .start().stopOnSignal();
        System.out.println("port " + server.port());
        System.out.flush();
        server.awaitStop();
        Thread.sleep(60_000); // the signal handler exits the process; getting here means it did not
    }
}
