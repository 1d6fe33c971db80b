package org.pacta.app.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.pacta.app.web.PactaServer;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.storage.Database;
import org.pacta.core.tlog.LogKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * A training run for the JVM's class-data archive: the {@code pacta} launcher runs it once per
 * build under {@code -XX:ArchiveClassesAtExit}, so that later runs map the classes that start-up
 * needs from the archive instead of loading and verifying them one by one. It follows the path of
 * {@code pacta serve} on a demo registry in a temporary folder (open, start the log, start the
 * server, answer the API, a page and the log), then removes the folder. Hidden from the help.
 */
@Command(name = "cds-training", hidden = true, description = "Exercise start-up once for the class-data archive.")
final class TrainCommand implements Callable<Integer> {

    private static final List<String> PATHS = List.of("/api/v1/instruments", "/api/v1/parties?limit=5", "/",
            "/instruments", "/log/checkpoint", "/api/v1/nothing-here");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("pacta-training-");
        try {
            try (Pacta loading = new Pacta(Database.sqlite(folder), Clock.systemUTC(), LogKeys.loadOrCreate(folder, Optional.empty()))) {
                loading.importer().importDocument("system:demo", DemoCommand.demoDataset());
            }
            Warmup.start();
            Pacta pacta = new Pacta(Database.sqlite(folder), Clock.systemUTC(), LogKeys.loadOrCreate(folder, Optional.empty()));
            pacta.access().ensureAdminToken(folder);
            pacta.log().start();
            Javalin app = PactaServer.create(pacta);
            try {
                app.start("127.0.0.1", 0);
                HttpClient client = HttpClient.newHttpClient();
                for (String path : PATHS) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status >= 500) {
                        throw new IllegalStateException("training request " + path + " answered " + status);
                    }
                }
            } finally {
                app.stop();
                pacta.close();
            }
            spec.commandLine().getOut().println("training run done");
            return 0;
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
