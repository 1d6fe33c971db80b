package org.pacta.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Serve a fresh data folder loaded with the demo dataset (the 2021-2022 security-guarantee "
                + "negotiations and their background) and print the URL.")
final class DemoCommand implements Callable<Integer> {

    static final String DATASET = "/demo/dataset.json";

    @Option(names = "--data", paramLabel = "DIR", description = "a fresh (empty or absent) data folder; default: a new "
            + "temporary folder")
    Path data;

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--origin", description = "the log's origin (default: <host>/pacta)")
    String origin;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path folder = data != null ? data : Files.createTempDirectory("pacta-demo-");
        if (Files.exists(folder.resolve("pacta.db"))) {
            throw new PactaException.Conflict("data folder " + folder.toAbsolutePath() + " already holds a registry: "
                    + "give --data a new folder, or use 'pacta serve --data " + folder + "'");
        }
        Pacta pacta = new Pacta(Database.sqlite(folder), Clock.systemUTC(),
                org.pacta.core.tlog.LogKeys.loadOrCreate(folder, java.util.Optional.ofNullable(origin)));
        try {
            int count = pacta.importer().importDocument("system:demo", demoDataset());
            spec.commandLine().getOut().println("Demo dataset: " + count + " items loaded into " + folder.toAbsolutePath());
        } catch (RuntimeException e) {
            pacta.close();
            throw e;
        }
        Serving.serve(pacta, folder, host, port, spec.commandLine().getOut());
        return 0;
    }

    static byte[] demoDataset() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(DATASET)) {
            if (in == null) {
                throw new IllegalStateException("the demo dataset " + DATASET + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }
}
