package org.pacta.app.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.app.cli.Main;
import org.pacta.app.web.PactaServer;
import org.pacta.core.Pacta;
import org.pacta.core.access.Role;
import org.pacta.core.json.Json;
import org.pacta.core.storage.Database;
import org.pacta.core.testing.TestStores;
import org.pacta.log.note.SignerKey;

/**
 * The seed's story, end to end through the HTTP API and the command line: Russia proposes a treaty,
 * the United States answers with a counter-draft changing one article, positions and stances are
 * recorded, both parties sign the final text with their own keys, ratifications bring it into
 * force — and a delegate acting for the other side, or a forged signature, is refused.
 */
class SeedStoryTest {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private Pacta pacta;
    private Javalin server;
    private String base;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (pacta != null) {
            pacta.close();
        }
    }

    private record Answer(int status, JsonNode json, String body) {
    }

    private Answer send(String method, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() || !(response.body().startsWith("{") || response.body().startsWith("["))
                ? null : Json.tree(response.body().getBytes(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), json, response.body());
    }

    private static int cli(StringWriter out, String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(out, true), args);
    }

    @Test
    void theSeedsStory() throws Exception {
        pacta = new Pacta(Database.sqlite(temp.resolve("data")), Clock.systemUTC(), SignerKey.generate("test.example/pacta"));
        pacta.importer().importDocument("test", TestStores.resource("/demo/dataset.json"));
        String admin = pacta.access().createToken("admin", Role.ADMIN, Optional.empty());
        server = PactaServer.create(pacta).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();

        Answer ru = send("POST", "/api/v1/users", admin, "{\"name\":\"ru-delegate\",\"role\":\"DELEGATE\",\"party\":\"russia\"}");
        Answer us = send("POST", "/api/v1/users", admin, "{\"name\":\"us-delegate\",\"role\":\"DELEGATE\",\"party\":\"united-states\"}");
        assertThat(ru.status()).as(ru.body()).isEqualTo(201);
        String ruToken = ru.json().get("token").asText();
        String usToken = us.json().get("token").asText();
        assertThat(send("POST", "/api/v1/users", ruToken, "{\"name\":\"x\",\"role\":\"ADMIN\"}").status()).isEqualTo(403);

        Answer draft = send("POST", "/api/v1/instruments", ruToken, "{\"id\":\"story-treaty\",\"title\":\"Treaty on security "
                + "guarantees\",\"kind\":\"TREATY\",\"form\":\"LEGAL\",\"parties\":[\"russia\",\"united-states\"],"
                + "\"proposedBy\":\"russia\",\"date\":\"2021-12-17\",\"entryIntoForce\":\"LAST_NOTIFICATION\",\"provisions\":["
                + "{\"eid\":\"art_1\",\"number\":\"Article 1\",\"text\":\"The Parties shall cooperate on the basis of equal security.\"},"
                + "{\"eid\":\"art_2\",\"number\":\"Article 2\",\"text\":\"The Parties shall not deploy forces where the other sees a threat.\"},"
                + "{\"eid\":\"art_3\",\"number\":\"Article 3\",\"text\":\"This Treaty enters into force on the last notification.\"}]}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        Answer counter = send("POST", "/api/v1/instruments/story-treaty/versions", usToken, "{\"proposedBy\":\"united-states\","
                + "\"date\":\"2022-01-26\",\"provisions\":["
                + "{\"eid\":\"art_1\",\"number\":\"Article 1\",\"text\":\"The Parties shall cooperate on the basis of equal security.\"},"
                + "{\"eid\":\"art_2\",\"number\":\"Article 2\",\"text\":\"The Parties shall consult before deploying forces near each other.\"},"
                + "{\"eid\":\"art_3\",\"number\":\"Article 3\",\"text\":\"This Treaty enters into force on the last notification.\"}]}");
        assertThat(counter.status()).as(counter.body()).isEqualTo(201);
        assertThat(counter.json().get("number").asInt()).isEqualTo(2);

        JsonNode diff = send("GET", "/api/v1/instruments/story-treaty/diff?from=1&to=2", null, null).json();
        List<String> changes = new ArrayList<>();
        diff.get("provisions").forEach(p -> changes.add(p.get("eid").asText() + "=" + p.get("change").asText()));
        assertThat(changes).containsExactly("art_1=unchanged", "art_2=changed", "art_3=unchanged");
        assertThat(diff.at("/provisions/1/redline").toString()).contains("\"op\":\"delete\"", "\"op\":\"insert\"");
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            assertThat(send(method, "/api/v1/instruments/story-treaty/versions/1", ruToken, "{}").status()).isEqualTo(405);
        }

        assertThat(send("POST", "/api/v1/instruments/story-treaty/versions/2/positions", ruToken,
                "{\"party\":\"russia\",\"eid\":\"art_2\",\"position\":\"ACCEPT\"}").status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/instruments/story-treaty/versions/2/positions", usToken,
                "{\"party\":\"russia\",\"eid\":\"art_1\",\"position\":\"REJECT\"}").status())
                .as("a US delegate taking a position for Russia").isEqualTo(403);

        assertThat(send("POST", "/api/v1/concerns", ruToken, "{\"id\":\"story-missiles\",\"track\":\"geneva-ssd\","
                + "\"raisedBy\":\"russia\",\"addressedTo\":[\"united-states\"],\"title\":\"Missile deployments\"}").status())
                .isEqualTo(201);
        assertThat(send("POST", "/api/v1/concerns", ruToken, "{\"id\":\"story-enlargement\",\"track\":\"geneva-ssd\","
                + "\"raisedBy\":\"russia\",\"addressedTo\":[\"united-states\"],\"title\":\"No further enlargement\"}").status())
                .isEqualTo(201);
        assertThat(send("POST", "/api/v1/concerns/story-missiles/stances", usToken,
                "{\"party\":\"united-states\",\"stance\":\"WILL_DISCUSS\",\"date\":\"2022-01-26\"}").status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/concerns/story-enlargement/stances", usToken,
                "{\"party\":\"united-states\",\"stance\":\"WONT_DISCUSS\",\"date\":\"2022-01-26\"}").status()).isEqualTo(201);
        JsonNode question = send("GET", "/api/v1/tracks/geneva-ssd/concerns?of=russia&by=united-states", null, null).json();
        List<String> will = new ArrayList<>();
        List<String> wont = new ArrayList<>();
        question.get("willDiscuss").forEach(c -> will.add(c.get("id").asText()));
        question.get("wontDiscuss").forEach(c -> wont.add(c.get("id").asText()));
        assertThat(will).contains("story-missiles").doesNotContain("story-enlargement");
        assertThat(wont).contains("story-enlargement").doesNotContain("story-missiles");

        Path ruKey = temp.resolve("russia.key");
        Path usKey = temp.resolve("us.key");
        StringWriter out = new StringWriter();
        assertThat(cli(out, "keygen", "--party", "russia", "--out", ruKey.toString())).isZero();
        String ruVkey = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        out = new StringWriter();
        assertThat(cli(out, "keygen", "--party", "united-states", "--out", usKey.toString())).isZero();
        String usVkey = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(send("POST", "/api/v1/parties/russia/keys", usToken, "{\"vkey\":\"" + ruVkey + "\"}").status())
                .as("a US delegate registering Russia's key").isEqualTo(403);
        assertThat(send("POST", "/api/v1/parties/russia/keys", ruToken, "{\"vkey\":\"" + ruVkey + "\"}").status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/parties/united-states/keys", usToken, "{\"vkey\":\"" + usVkey + "\"}").status())
                .isEqualTo(201);

        out = new StringWriter();
        assertThat(cli(out, "sign", "--key", ruKey.toString(), "--server", base, "--token", usToken,
                "--instrument", "story-treaty", "--version", "2")).as("a US delegate signing for Russia").isEqualTo(1);
        assertThat(out.toString()).contains("403");
        Path forged = temp.resolve("forged.key");
        assertThat(cli(new StringWriter(), "keygen", "--party", "russia", "--out", forged.toString())).isZero();
        out = new StringWriter();
        assertThat(cli(out, "sign", "--key", forged.toString(), "--server", base, "--token", ruToken,
                "--instrument", "story-treaty", "--version", "2")).as("a signature by an unregistered key").isEqualTo(1);
        assertThat(out.toString()).contains("(400)", "does not verify");

        out = new StringWriter();
        assertThat(cli(out, "sign", "--key", ruKey.toString(), "--server", base, "--token", ruToken,
                "--instrument", "story-treaty", "--version", "2", "--date", "2022-03-01")).as(out.toString()).isZero();
        JsonNode half = send("GET", "/api/v1/instruments/story-treaty", null, null).json();
        assertThat(half.has("agreedVersion")).isFalse();
        out = new StringWriter();
        assertThat(cli(out, "sign", "--key", usKey.toString(), "--server", base, "--token", usToken,
                "--instrument", "story-treaty", "--version", "2", "--date", "2022-03-02")).as(out.toString()).isZero();
        JsonNode agreed = send("GET", "/api/v1/instruments/story-treaty", null, null).json();
        assertThat(agreed.get("agreedVersion").asInt()).isEqualTo(2);
        assertThat(agreed.get("status").asText()).isEqualTo("SIGNED");

        assertThat(send("POST", "/api/v1/instruments/story-treaty/actions", ruToken,
                "{\"party\":\"russia\",\"type\":\"RATIFY\",\"date\":\"2022-04-01\"}").status()).isEqualTo(201);
        assertThat(send("GET", "/api/v1/instruments/story-treaty", null, null).json().get("status").asText())
                .isEqualTo("SIGNED");
        assertThat(send("POST", "/api/v1/instruments/story-treaty/actions", usToken,
                "{\"party\":\"united-states\",\"type\":\"RATIFY\",\"date\":\"2022-05-01\"}").status()).isEqualTo(201);
        JsonNode inForce = send("GET", "/api/v1/instruments/story-treaty", null, null).json();
        assertThat(inForce.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(inForce.get("statusReason").asText()).isEqualTo("in force since 2022-05-01: 2 of 2 parties ratified");

        Path signed = temp.resolve("signed.json");
        Files.writeString(signed, send("GET", "/api/v1/instruments/story-treaty/versions/2/signed", null, null).body());
        out = new StringWriter();
        assertThat(cli(out, "verify", signed.toString(), "--party-key", ruVkey, "--party-key", usVkey))
                .as(out.toString()).isZero();
        assertThat(out.toString()).contains("signed by russia, united-states");
        Files.writeString(signed, Files.readString(signed).replace("consult before deploying", "consult after deploying"));
        assertThat(cli(new StringWriter(), "verify", signed.toString(), "--party-key", ruVkey, "--party-key", usVkey))
                .isEqualTo(1);

        List<String> actors = new ArrayList<>();
        pacta.registry().entries(0, 100_000).forEach(e -> actors.add(e.actor()));
        assertThat(actors).contains("delegate:ru-delegate", "delegate:us-delegate");
    }
}
