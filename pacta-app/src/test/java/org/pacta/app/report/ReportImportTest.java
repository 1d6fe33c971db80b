package org.pacta.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
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

/** A press report, written for this test, imported through the API and the command line. */
class ReportImportTest {

    static final String REPORT = " date 2022-01-14\nLe dialogue reprend à Vienne.\n\n"
            + "« Nous sommes prêts à discuter de la limitation des exercices », a déclaré jeudi le vice-ministre Piotr "
            + "Ivanov devant la presse.\n\n"
            + "Le diplomate a ajouté : « Nous insistons sur des garanties juridiques. »\n\n"
            + "Moscou a estimé que « les promesses orales ont été violées ».";

    @TempDir
    Path temp;

    private Pacta pacta;
    private Javalin server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (pacta != null) {
            pacta.close();
        }
    }

    private static HttpResponse<String> post(String url, String token, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reportImport_createsAttributedClassifiedStatements() throws Exception {
        pacta = new Pacta(Database.sqlite(temp.resolve("data")), Clock.systemUTC());
        pacta.importer().importDocument("test", TestStores.resource("/demo/dataset.json"));
        String admin = pacta.access().createToken("admin", Role.ADMIN, Optional.empty());
        server = PactaServer.create(pacta).start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + server.port() + "/api/v1";
        ObjectBody body = new ObjectBody();
        HttpResponse<String> created = post(base + "/sources", admin, body.json("vienna-report", "Le dialogue reprend", REPORT));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode source = Json.tree(created.body().getBytes(StandardCharsets.UTF_8));
        assertThat(source.get("date").asText()).isEqualTo("2022-01-14");
        assertThat(source.get("language").asText()).isEqualTo("fr");
        assertThat(source.get("contentHash").asText()).startsWith("sha256:");
        JsonNode statements = source.get("statements");
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0).get("speaker").asText()).isEqualTo("Piotr Ivanov");
        assertThat(statements.get(0).get("classification").asText()).isEqualTo("READINESS");
        assertThat(statements.get(1).get("speaker").asText()).as("the role noun resolved").isEqualTo("Piotr Ivanov");
        assertThat(statements.get(1).get("classification").asText()).isEqualTo("DEMAND");
        assertThat(statements.get(2).get("party").asText()).as("Moscou names a party").isEqualTo("russia");
        assertThat(statements.get(2).get("classification").asText()).isEqualTo("ACCUSATION");
        int start = statements.get(0).get("start").asInt();
        int end = statements.get(0).get("end").asInt();
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sources/vienna-report/text"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(text).isEqualTo(REPORT);
        assertThat(text.substring(start, end)).isEqualTo(statements.get(0).get("quote").asText());

        HttpResponse<String> allegation = post(base + "/statements/" + statements.get(2).get("id").asText() + "/allegation",
                admin, "{\"accused\":\"nato\",\"instrument\":\"nato-russia-founding-act-1997\"}");
        assertThat(allegation.statusCode()).as(allegation.body()).isEqualTo(201);
        JsonNode recorded = Json.tree(allegation.body().getBytes(StandardCharsets.UTF_8));
        assertThat(recorded.get("accuser").asText()).isEqualTo("russia");
        assertThat(recorded.get("statement").asText()).isEqualTo(statements.get(2).get("id").asText());
        assertThat(recorded.get("sources").toString()).contains("vienna-report");
    }

    @Test
    void extractCommand_printsJsonWithOffsets() throws Exception {
        Path file = temp.resolve("report.txt");
        Files.writeString(file, REPORT);
        StringWriter out = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(out, true), "extract", "--json", file.toString()))
                .isZero();
        JsonNode json = Json.tree(out.toString().getBytes(StandardCharsets.UTF_8));
        JsonNode report = json.isArray() ? json.get(0) : json;
        assertThat(report.get("language").asText()).isEqualTo("fr");
        assertThat(report.get("quotations").get(0).get("verb").asText()).isEqualTo("a déclaré");
        assertThat(out.toString()).contains("\"start\"", "\"end\"", "\"paragraph\"");
    }

    /** Builds the import request without a JSON library's help, so the test sees the wire format. */
    static final class ObjectBody {
        String json(String id, String title, String text) {
            return Json.write(java.util.Map.of("id", id, "title", title, "text", text));
        }
    }
}
