package org.pacta.app.cli;

import java.util.concurrent.Callable;
import org.pacta.core.Pacta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the registry: the HTTP API under /api/v1 and the web pages.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--origin", description = "the log's origin, a schema-less URL (default: <host>/pacta; fixed by "
            + "the log key once made)")
    String origin;

    @Option(names = "--witness", paramLabel = "VKEY@URL", description = "a witness to ask for cosignatures: its cosigner "
            + "key and its URL (e.g. http://127.0.0.1:8081/); repeatable")
    java.util.List<String> witnesses = new java.util.ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Warmup.start();
        var endpoints = witnesses.stream().map(org.pacta.core.tlog.WitnessClient.WitnessEndpoint::parse).toList();
        Pacta pacta = store.openWithLog(java.util.Optional.ofNullable(origin));
        if (!endpoints.isEmpty()) {
            new org.pacta.core.tlog.WitnessClient(pacta.log(), endpoints);
        }
        Serving.serve(pacta, store.data, host, port, spec.commandLine().getOut());
        return 0;
    }
}
