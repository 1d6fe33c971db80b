package org.pacta.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.pacta.core.PactaException;
import org.pacta.core.instrument.Version;
import org.pacta.core.instrument.VersionText;
import org.pacta.core.json.Json;
import org.pacta.log.note.SignerKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a version of an instrument with a party's key, here on this machine, and submit the "
                + "signature. The version's text is fetched and its digest computed locally: the key never leaves.")
final class SignCommand implements Callable<Integer> {

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "the private key from pacta keygen")
    Path keyFile;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "the Pacta server, e.g. http://127.0.0.1:8080")
    String server;

    @Option(names = "--token", required = true, description = "a delegate's bearer token (or a file holding it)")
    String token;

    @Option(names = "--instrument", required = true, paramLabel = "ID")
    String instrument;

    @Option(names = "--version", required = true, paramLabel = "N")
    int version;

    @Option(names = "--date", description = "the date of signature (EDTF; default: today)")
    String date;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        SignerKey key = SignerKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8).strip());
        String base = server.replaceAll("/+$", "") + "/api/v1/instruments/" + instrument;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> fetched = http.send(HttpRequest.newBuilder(URI.create(base + "/versions/" + version)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (fetched.statusCode() != 200) {
            throw new PactaException.NotFound("the server answered " + fetched.statusCode() + " for version " + version
                    + " of " + instrument + ": " + detail(fetched.body()));
        }
        ObjectNode body = (ObjectNode) Json.tree(fetched.body().getBytes(StandardCharsets.UTF_8));
        body.remove("logIndex");
        Version text = Json.read(body, Version.class);
        byte[] raw = key.signer().sign(VersionText.message(text));
        byte[] signature = ByteBuffer.allocate(4 + raw.length).putInt(key.keyId()).put(raw).array();
        ObjectNode request = Json.mapper().createObjectNode();
        request.put("party", key.name()).put("version", version)
                .put("signature", Base64.getEncoder().encodeToString(signature));
        if (date != null) {
            request.put("date", date);
        }
        String bearer = Files.isRegularFile(Path.of(token)) ? Files.readString(Path.of(token)).strip() : token.strip();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/signatures"))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(request))).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            spec.commandLine().getErr().println("pacta sign: refused (" + answer.statusCode() + "): " + detail(answer.body()));
            return 1;
        }
        spec.commandLine().getOut().println("Signed version " + version + " of " + instrument + " for " + key.name()
                + " (digest " + VersionText.digest(text) + ")");
        return 0;
    }

    private static String detail(String body) {
        try {
            JsonNode problem = Json.tree(body.getBytes(StandardCharsets.UTF_8));
            return problem.path("detail").asText(body);
        } catch (RuntimeException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }
}
