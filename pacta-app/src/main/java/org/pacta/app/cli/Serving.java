package org.pacta.app.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.pacta.app.web.PactaServer;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;

/** Starts the server over an open registry, prints where it answers, and serves until stopped. */
final class Serving {

    private Serving() {
    }

    static void serve(Pacta pacta, Path data, String host, int port, PrintWriter out) {
        Optional<Path> tokenFile = pacta.access().ensureAdminToken(data);
        pacta.log().start();
        Javalin app = PactaServer.create(pacta);
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            pacta.close();
            throw new PactaException.Unavailable("cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "): choose another port with --port", e);
        }
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        tokenFile.ifPresent(f -> out.println("Admin token written to " + f.toAbsolutePath() + " (keep it secret)"));
        out.println("Registry: " + pacta.database().description() + " (" + pacta.registry().size() + " log entries)");
        out.println("Log: " + pacta.log().origin() + ", verifier key " + pacta.log().verifierKey().encode());
        out.println("Pacta is serving at http://" + shown + ":" + app.port() + "/");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            pacta.close();
            stopped.countDown();
        }, "pacta-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
