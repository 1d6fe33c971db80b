package org.pacta.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pacta.app.web.PactaServer;
import org.pacta.core.Pacta;
import org.pacta.core.access.Role;
import org.pacta.core.testing.TestStores;
import org.pacta.core.testing.TestStores.Engine;

/** The HTTP API against a real server on SQLite and on PostgreSQL. */
class ApiTest {

    @TempDir
    Path temp;

    private Pacta pacta;
    private Javalin server;
    private ApiClient client;
    private String admin;

    private void start(Engine engine) {
        pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC());
        pacta.importer().importDocument("test", TestStores.resource("/fixtures/small-dataset.json"));
        admin = pacta.access().createToken("tester", Role.ADMIN, Optional.empty());
        server = PactaServer.create(pacta).start("127.0.0.1", 0);
        client = new ApiClient(server.port());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (pacta != null) {
            pacta.close();
        }
    }

    private long logSize() {
        return pacta.registry().size();
    }

    private static void assertProblem(ApiClient.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(problem.path("field").asText()).isEqualTo(field);
        }
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void write_withoutToken_is401AndChangesNothing(Engine engine) {
        start(engine);
        long before = logSize();
        assertProblem(client.post("/api/v1/parties", null, "{\"id\":\"delta\",\"name\":\"Delta\",\"kind\":\"STATE\"}"), 401, null);
        assertProblem(client.post("/api/v1/parties", "pacta_wrong", "{\"id\":\"delta\",\"name\":\"Delta\",\"kind\":\"STATE\"}"), 401, null);
        assertThat(logSize()).isEqualTo(before);
        assertThat(client.get("/api/v1/parties/delta").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void badInput_is400NamingTheFieldAndChangesNothing(Engine engine) {
        start(engine);
        long before = logSize();
        String good = "{\"form\":\"ORAL\",\"madeBy\":\"alpha\",\"madeTo\":[\"beta\"],\"date\":\"2021-12-22\",\"text\":\"We will.\"}";
        assertProblem(client.post("/api/v1/commitments", admin, "{\"form\": \"ORAL\", "), 400, null);
        assertProblem(client.post("/api/v1/commitments", admin, good.replace("\"ORAL\"", "\"SHOUTED\"")), 400, "form");
        ApiClient.Answer badDate = client.post("/api/v1/commitments", admin, good.replace("2021-12-22", "2021-13-45"));
        assertProblem(badDate, 400, "date");
        assertThat(badDate.json().get("detail").asText()).contains("\"2021-13-45\"");
        assertProblem(client.post("/api/v1/commitments", admin, good.replace(",\"text\":\"We will.\"", "")), 400, "text");
        assertProblem(client.post("/api/v1/commitments", admin, good.replace("[\"beta\"]", "[\"nobody\"]")), 400, "madeTo[0]");
        assertProblem(client.post("/api/v1/commitments", admin, good.replace("{", "{\"colour\":\"red\",")), 400, "colour");
        assertProblem(client.post("/api/v1/instruments", admin, "{\"title\":\"T\",\"kind\":\"TREATY\",\"form\":\"LEGAL\","
                + "\"parties\":[\"alpha\"],\"proposedBy\":\"alpha\",\"provisions\":[{\"eid\":\"art_1\",\"text\":\"x\"},"
                + "{\"eid\":\"Art 2\",\"text\":\"y\"}]}"), 400, "provisions[1].eid");
        assertProblem(client.post("/api/v1/commitments", admin, "[1, 2]"), 400, null);
        assertThat(logSize()).isEqualTo(before);
        ApiClient.Answer created = client.post("/api/v1/commitments", admin, good);
        assertThat(created.status()).isEqualTo(201);
        assertThat(logSize()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void hugeBody_is413AndChangesNothing(Engine engine) {
        start(engine);
        long before = logSize();
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) ' ');
        tenMegabytes[0] = '{';
        tenMegabytes[tenMegabytes.length - 1] = '}';
        assertThat(client.postRawStatus("/api/v1/parties", admin, tenMegabytes)).isEqualTo(413);
        assertThat(logSize()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void unknownIdRouteAndDuplicate_are404And409(Engine engine) {
        start(engine);
        assertProblem(client.get("/api/v1/instruments/no-such-thing"), 404, null);
        assertProblem(client.get("/api/v1/no-such-collection"), 404, null);
        long before = logSize();
        assertProblem(client.post("/api/v1/parties", admin, "{\"id\":\"alpha\",\"name\":\"Alpha again\",\"kind\":\"STATE\"}"),
                409, null);
        assertProblem(client.get("/api/v1/commitments?sort=name"), 400, "sort");
        assertProblem(client.get("/api/v1/commitments?from=2022-02&to=2022-01"), 400, "to");
        assertProblem(client.get("/api/v1/commitments?cursor=!!!"), 400, "cursor");
        assertThat(logSize()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void lists_filterAndPage(Engine engine) {
        start(engine);
        JsonNode oral = client.get("/api/v1/commitments?form=ORAL").json();
        assertThat(oral.get("items")).hasSize(1);
        JsonNode commitment = oral.get("items").get(0);
        assertThat(commitment.get("id").asText()).isEqualTo("oral-1990");
        for (String field : List.of("id", "form", "madeBy", "madeTo", "date", "text", "sources", "logIndex")) {
            assertThat(commitment.has(field)).as(field).isTrue();
        }
        assertThat(oral.get("next").isNull()).isTrue();
        JsonNode january = client.get("/api/v1/timeline?from=2022-01&to=2022-01").json();
        List<String> sessions = new ArrayList<>();
        january.get("items").forEach(i -> {
            if (i.get("kind").asText().equals("session")) {
                sessions.add(i.get("date").asText() + " " + i.get("id").asText());
            }
        });
        assertThat(sessions).containsExactly("2022-01-10 lakeside-1", "2022-01-12 council-1");
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = client.get("/api/v1/parties?limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(p -> all.add(p.get("id").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        assertThat(all).containsExactlyInAnyOrder("alpha", "beta", "gamma", "league");
        assertThat(client.get("/api/v1/commitments?party=league").json().get("items")).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void instruments_showLatestProvisionsAndRefuseEditingVersions(Engine engine) {
        start(engine);
        JsonNode draft = client.get("/api/v1/instruments/draft-treaty").json();
        for (String field : List.of("id", "title", "kind", "form", "status", "parties", "provisions")) {
            assertThat(draft.has(field)).as(field).isTrue();
        }
        assertThat(draft.get("provisions")).hasSize(2);
        JsonNode provision = draft.get("provisions").get(0);
        assertThat(provision.get("eid").asText()).isEqualTo("art_1");
        assertThat(provision.get("number").asText()).isEqualTo("Article 1");
        assertThat(provision.get("heading").asText()).isEqualTo("Security");
        assertThat(provision.get("text").asText()).contains("consult");
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            assertProblem(client.method(method, "/api/v1/instruments/draft-treaty/versions/1", admin), 405, null);
        }
        ApiClient.Answer next = client.post("/api/v1/instruments/draft-treaty/versions", admin,
                "{\"proposedBy\":\"alpha\",\"date\":\"2022-02-17\",\"provisions\":[{\"eid\":\"art_1\",\"text\":\"Back to the first text.\"}]}");
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(next.json().get("number").asInt()).isEqualTo(3);
        assertThat(client.get("/api/v1/instruments/draft-treaty/versions/1").json().get("provisions").get(0).get("text")
                .asText()).contains("not harm");
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void delegate_actingForAnotherParty_is403(Engine engine) {
        start(engine);
        String beta = pacta.access().createToken("beta-delegate", Role.DELEGATE, Optional.of("beta"));
        long before = logSize();
        assertProblem(client.post("/api/v1/commitments", beta, "{\"form\":\"ORAL\",\"madeBy\":\"alpha\","
                + "\"madeTo\":[\"beta\"],\"date\":\"2022-02-01\",\"text\":\"Alpha promises, says Beta.\"}"), 403, null);
        assertProblem(client.post("/api/v1/parties", beta, "{\"id\":\"delta\",\"name\":\"Delta\",\"kind\":\"STATE\"}"),
                403, null);
        assertThat(logSize()).isEqualTo(before);
        ApiClient.Answer own = client.post("/api/v1/concerns/no-enlargement/stances", beta,
                "{\"party\":\"beta\",\"stance\":\"WILL_DISCUSS\",\"date\":\"2022-02-01\"}");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(pacta.registry().entry(before).orElseThrow().actor()).isEqualTo("delegate:beta-delegate");
        assertThat(client.get("/api/v1/concerns/no-enlargement").json().at("/currentStances/beta").asText())
                .isEqualTo("WILL_DISCUSS");
    }

    @org.junit.jupiter.api.Test
    void writes_surviveARestart() {
        Path data = temp.resolve("restart");
        pacta = new Pacta(org.pacta.core.storage.Database.sqlite(data), Clock.systemUTC());
        pacta.importer().importDocument("test", TestStores.resource("/fixtures/small-dataset.json"));
        admin = pacta.access().createToken("tester", Role.ADMIN, Optional.empty());
        server = PactaServer.create(pacta).start("127.0.0.1", 0);
        client = new ApiClient(server.port());
        ApiClient.Answer created = client.post("/api/v1/events", admin,
                "{\"id\":\"after-restart\",\"date\":\"2022-02-24\",\"title\":\"An event written through the API\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        server.stop();
        pacta.close();
        pacta = new Pacta(org.pacta.core.storage.Database.sqlite(data), Clock.systemUTC());
        server = PactaServer.create(pacta).start("127.0.0.1", 0);
        client = new ApiClient(server.port());
        JsonNode event = client.get("/api/v1/events/after-restart").json();
        assertThat(event.get("title").asText()).isEqualTo("An event written through the API");
        assertThat(client.post("/api/v1/events", admin, "{\"date\":\"2022\",\"title\":\"t\"}").status())
                .as("tokens survive too").isEqualTo(201);
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void openApi_describesEveryRoute(Engine engine) {
        start(engine);
        JsonNode document = client.get("/api/v1/openapi.json").json();
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        JsonNode paths = document.get("paths");
        for (String path : List.of("/api/v1/parties", "/api/v1/instruments/{id}/versions", "/api/v1/instruments/{id}/actions",
                "/api/v1/tracks/{id}/sessions", "/api/v1/concerns/{id}/stances", "/api/v1/commitments",
                "/api/v1/statements", "/api/v1/sources", "/api/v1/allegations", "/api/v1/timeline",
                "/api/v1/openapi.json")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(document.at("/components/schemas/Commitment/properties/form/enum").toString())
                .contains("ORAL", "POLITICAL", "LEGAL");
    }
}
