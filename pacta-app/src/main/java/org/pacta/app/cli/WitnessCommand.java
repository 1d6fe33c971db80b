package org.pacta.app.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pacta.app.log.WitnessServer;
import org.pacta.core.PactaException;
import org.pacta.core.tlog.LogKeys;
import org.pacta.log.note.SignerKey;
import org.pacta.log.note.VerifierKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "witness", mixinStandardHelpOptions = true,
        description = "Run a C2SP tlog-witness: cosign checkpoints of the given logs while they stay consistent.")
final class WitnessCommand implements Callable<Integer> {

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "8081")
    int port;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--log-key", required = true, paramLabel = "VKEY",
            description = "verifier key of a log to witness (its /log/vkey), or a file holding it; repeatable")
    List<String> logKeys = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", description = "folder for the witness key and state "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "pacta-witness")
    Path data;

    @Option(names = "--name", description = "the witness's name, a schema-less URL (default: <host>/witness; fixed by "
            + "its key once made)")
    String name;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<VerifierKey> keys = new ArrayList<>();
        for (String key : logKeys) {
            keys.add(VerifierKey.parse(VerifyCommand.keyText(key)));
        }
        SignerKey key = LogKeys.loadOrCreate(data, "witness.key", "witness.vkey",
                Optional.ofNullable(name).orElseGet(() -> LogKeys.hostName() + "/witness"), name != null, true);
        Javalin server = WitnessServer.create(key, keys, data.resolve("state"));
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            throw new PactaException.Unavailable("cannot listen on " + host + ":" + port + ": choose another --port", e);
        }
        var out = spec.commandLine().getOut();
        out.println("Witness " + key.name() + " for " + keys.stream().map(VerifierKey::name).toList());
        out.println("Cosigner key: " + key.cosignerVerifierKey().encode());
        out.println("Listening at http://" + host + ":" + server.port() + "/ (POST /add-checkpoint)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
